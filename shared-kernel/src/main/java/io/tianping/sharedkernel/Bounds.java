package io.tianping.sharedkernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bounds every input is held to where it enters, so that whatever is stored can be read back, indexed and shown.
 * The web layer applies them to every JSON string, date, number and collection (a field may set a tighter or, for
 * free text, a looser length with {@code @Size}); the OpenAPI document states them.
 */
public final class Bounds {

    /** Characters in a one-line string (a name, an id, a code, a title) unless its field says otherwise. */
    public static final int LINE = 200;

    /** Characters in a free text (a reason, a description, a decision); such text may hold line breaks and tabs. */
    public static final int TEXT = 4000;

    /** Items in a list or entries in a map unless its field says otherwise. */
    public static final int ITEMS = 1000;

    /** The earliest and latest day a date may name: ample for certificates, clocks and history, and safe to store. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2199, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant LATEST_INSTANT = LATEST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);

    private Bounds() {
    }

    /**
     * Why {@code value} is not acceptable as a string of at most {@code max} characters, or null when it is. Control
     * characters (NUL included) are refused; line breaks and tabs only where free text is allowed ({@code max > LINE}).
     * Unpaired surrogates are refused too: they are not text and cannot be stored as UTF-8.
     */
    public static String problemWithText(String value, int max) {
        if (value.length() > max) {
            return "must be at most %d characters, got %d".formatted(max, value.length());
        }
        boolean freeText = max > LINE;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(freeText && (c == '\n' || c == '\r' || c == '\t'))) {
                return "must not contain control characters (found U+%04X at %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (unpaired surrogate at %d)".formatted(i);
            }
        }
        return null;
    }

    /** Why {@code day} is outside the dates accepted, or null when it is within them. */
    public static String problemWithDay(LocalDate day) {
        return day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY) ? outside() : null;
    }

    /** Why {@code instant} is outside the times accepted, or null when it is within them. */
    public static String problemWithInstant(Instant instant) {
        return instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT) ? outside() : null;
    }

    private static String outside() {
        return "must be between %s and %s".formatted(EARLIEST_DAY, LATEST_DAY);
    }
}
