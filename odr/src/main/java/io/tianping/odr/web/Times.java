package io.tianping.odr.web;

import io.tianping.sharedkernel.InputCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A time the caller's system recorded: absent → now (where allowed); in the future → 400 naming the field. */
final class Times {

    /** Clocks of callers run a little ahead of ours; more than this is a mistake. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private Times() {
    }

    static Instant orNow(InputCheck check, String field, Instant value, Clock clock) {
        return past(check, field, value == null ? clock.instant() : value, clock);
    }

    static Instant past(InputCheck check, String field, Instant value, Clock clock) {
        if (value == null) {
            return check.required(field, null);
        }
        if (value.isAfter(clock.instant().plus(SKEW))) {
            check.problem(field, "is in the future: " + value);
        }
        return value;
    }
}
