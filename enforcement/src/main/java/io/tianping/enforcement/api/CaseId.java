package io.tianping.enforcement.api;

import io.tianping.sharedkernel.Uuids;
import io.tianping.verification.api.TakedownNoticeId;

/**
 * Identifier of an enforcement case, from its first stage (the clue) to its end: a UUID. {@code toString()} is the
 * raw value (the case aggregate's identifier, and the {@code case} id in the audit endpoints).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record CaseId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = Uuids.PATTERN;

    public CaseId {
        value = Uuids.canonical("caseId", value);
    }

    public static CaseId of(String value) {
        return new CaseId(value);
    }

    /** A new random id, for a clue a regulator enters by hand. */
    public static CaseId generate() {
        return new CaseId(Uuids.random());
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
        return new CaseId(Uuids.named(name));
    }

    /** The case for an overdue takedown notice. */
    public static CaseId forTakedown(TakedownNoticeId notice) {
        return of("takedown", notice.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
