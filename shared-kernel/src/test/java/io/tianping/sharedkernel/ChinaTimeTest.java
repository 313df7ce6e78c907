package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A legal day turns at midnight in Beijing, not at midnight UTC: a deadline of "today" must not slip by eight hours. */
class ChinaTimeTest {

    @Test
    void theDayTurnsAtMidnightInBeijing() {
        assertThat(ChinaTime.dayOf(Instant.parse("2026-11-30T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ChinaTime.dayOf(Instant.parse("2026-11-30T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void todayIsChinasWhateverTheClocksZone() {
        var clock = Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneOffset.UTC);
        assertThat(ChinaTime.today(clock)).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
