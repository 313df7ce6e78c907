package io.tianping.enforcement.api;

import java.util.Locale;

/**
 * An item of evidence as another region hands it over: what it is and the SHA-256 digest of its content, so the
 * receiving region can prove it is unchanged.
 *
 * @param sha256      the digest, 64 hexadecimal characters (stored lower-case)
 * @param description what the item is
 */
public record EvidenceItem(String sha256, String description) {

    public EvidenceItem {
        sha256 = sha256("sha256", sha256);
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description: must not be blank");
        }
        description = description.strip();
    }

    /** {@code value} as a lower-case SHA-256 hex digest, or an exception naming {@code field}. */
    static String sha256(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        String digest = value.strip().toLowerCase(Locale.ROOT);
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(
                    "%s: must be a SHA-256 digest of 64 hexadecimal characters, got '%s'".formatted(field, value.strip()));
        }
        return digest;
    }
}
