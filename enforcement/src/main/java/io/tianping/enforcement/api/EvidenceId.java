package io.tianping.enforcement.api;

/**
 * Identifier of one item of evidence within a case, chosen by whoever records it (e.g. {@code "E-3"} or a UUID):
 * letters, digits and {@code . _ : -}, at most 80 characters. {@code toString()} is the raw value.
 *
 * @param value the identifier
 */
public record EvidenceId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$";

    public EvidenceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("evidenceId: must not be blank");
        }
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException(
                    "evidenceId: '%s' must be 1-80 letters, digits or . _ : - starting with a letter or digit".formatted(value));
        }
    }

    public static EvidenceId of(String value) {
        return new EvidenceId(value);
    }

    /** The {@code n}th item (from 1) that an assistance answer brought: {@code "<assistanceId>.<n>"}. */
    public static EvidenceId fromAssistance(AssistanceId assistance, int n) {
        return new EvidenceId(assistance.value() + "." + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
