package io.tianping.sharedkernel;

/**
 * Identifier of an e-commerce or live-streaming platform registered with Tianping, e.g. {@code tmall},
 * {@code jd}, {@code douyin}: 2–64 characters of lower-case letters, digits and hyphens.
 *
 * @param value the identifier
 */
public record PlatformId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[a-z0-9-]{2,64}$";

    public PlatformId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("platform id must not be blank");
        }
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException(
                    "platform id must be 2-64 characters of a-z, 0-9 and '-', got '%s'".formatted(value));
        }
    }

    public static PlatformId of(String value) {
        return new PlatformId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
