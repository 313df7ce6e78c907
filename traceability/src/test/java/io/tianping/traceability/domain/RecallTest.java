package io.tianping.traceability.domain;

import static io.tianping.traceability.domain.ProductTest.CERTIFICATE;
import static io.tianping.traceability.domain.ProductTest.GTIN;
import static io.tianping.traceability.domain.ProductTest.MAKER;

import io.tianping.traceability.api.RecallCommand.AnnounceRecall;
import io.tianping.traceability.api.RecallCommand.ReportRecallProgress;
import io.tianping.traceability.api.RecallCorrections;
import io.tianping.traceability.api.RecallEvent.RecallAnnounced;
import io.tianping.traceability.api.RecallEvent.RecallProgressReported;
import io.tianping.traceability.api.RecallId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecallTest {

    static final RecallId ID = new RecallId("3f1c7a52-3b5e-4a1e-9c1f-6d2b8e4a7c10");
    static final Instant ANNOUNCED = Instant.parse("2026-11-10T02:00:00Z");
    static final RecallCorrections SOME = new RecallCorrections(10, 5, 3, 1);

    private AggregateTestFixture<Recall> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recall.class);
    }

    static RecallAnnounced announced() {
        return new RecallAnnounced(ID, GTIN, List.of("L1"), "触电风险", "免费更换", CERTIFICATE, "SWF-17E", MAKER, null, 100, ANNOUNCED);
    }

    @Test
    void announcesARecall() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceRecall(ID, GTIN, List.of("L1"), "触电风险", "免费更换", CERTIFICATE, "SWF-17E", MAKER, null, 100,
                        ANNOUNCED))
                .expectEvents(announced());
    }

    @Test
    void takesOneReportAMonth() {
        Instant december = Instant.parse("2026-12-05T02:00:00Z");
        fixture.given(announced())
                .when(new ReportRecallProgress(ID, YearMonth.of(2026, 11), SOME, "demo-manufacturer", december))
                .expectEvents(new RecallProgressReported(ID, YearMonth.of(2026, 11), SOME, "demo-manufacturer", december));
        fixture.given(announced(), new RecallProgressReported(ID, YearMonth.of(2026, 11), SOME, "m", december))
                .when(new ReportRecallProgress(ID, YearMonth.of(2026, 11), SOME, "m", december))
                .expectNoEvents().expectException(TraceabilityRuleViolated.class);
    }

    @Test
    void refusesReportsForMonthsBeforeTheRecallOrNotYetBegun() {
        fixture.given(announced())
                .when(new ReportRecallProgress(ID, YearMonth.of(2026, 10), SOME, "m", ANNOUNCED))
                .expectNoEvents().expectException(TraceabilityRuleViolated.class);
        fixture.given(announced())
                .when(new ReportRecallProgress(ID, YearMonth.of(2027, 1), SOME, "m", ANNOUNCED))
                .expectNoEvents().expectException(TraceabilityRuleViolated.class);
    }
}
