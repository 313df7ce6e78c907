package io.tianping.sharedkernel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The UUIDs that identify cases, plans, samples, complaints, takedown notices and recalls: how one is written, read
 * and made, in one place so every such id accepts the same forms and refuses the others with the same words.
 */
public final class Uuids {

    /** How a UUID is written: hyphenated, lower case (the OpenAPI document states it for each id). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private static final Pattern CANONICAL = Pattern.compile(PATTERN);

    private Uuids() {
    }

    /**
     * {@code value} stripped and in lower case; refused when blank or not a hyphenated UUID, with a message
     * {@code "<field>: …"} that {@link InputCheck} reports under that field.
     */
    public static String canonical(String field, String value) {
        return canonicalAs(field + ":", value);
    }

    /** As {@link #canonical}, for an id whose messages begin with {@code subject} as it is ("takedown notice id"). */
    public static String canonicalAs(String subject, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(subject + " must not be blank");
        }
        String uuid = value.strip().toLowerCase(Locale.ROOT);
        if (!CANONICAL.matcher(uuid).matches()) {
            throw new IllegalArgumentException("%s must be a UUID, got '%s'".formatted(subject, uuid));
        }
        return uuid;
    }

    /** The UUID for {@code name}: the same name always gives the same id, so a redelivered message makes no second one. */
    public static String named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A new random UUID. */
    public static String random() {
        return UUID.randomUUID().toString();
    }
}
