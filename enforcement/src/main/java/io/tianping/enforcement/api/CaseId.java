package io.tianping.enforcement.api;

import io.tianping.verification.api.TakedownNoticeId;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Identifier of an enforcement case, from its first stage (the clue) to its end: a UUID. {@code toString()} is the
 * raw value (the case aggregate's identifier, and the {@code case} id in the audit endpoints).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record CaseId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public CaseId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("caseId: must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isCanonicalUuid(value)) {
            throw new IllegalArgumentException("caseId: must be a UUID, got '%s'".formatted(value));
        }
    }

    public static CaseId of(String value) {
        return new CaseId(value);
    }

    /** A new random id, for a clue a regulator enters by hand. */
    public static CaseId generate() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /**
     * The case for the clue {@code ref} from {@code source} (e.g. {@code "spotcheck"}, a sample id): the same inputs
     * always give the same id, so a redelivered event raises no second clue.
     */
    public static CaseId of(String source, String ref) {
        if (source == null || source.isBlank() || ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("caseId: source and ref must not be blank");
        }
        String name = "case|" + source.strip() + "|" + ref.strip();
        return new CaseId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The case for an overdue takedown notice. */
    public static CaseId forTakedown(TakedownNoticeId notice) {
        return of("takedown", notice.value());
    }

    private static boolean isCanonicalUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
