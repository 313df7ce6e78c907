package io.tianping.livestream.api;

/**
 * A live-commerce subject: one person or organisation, whatever its accounts and platforms. Derived from the identity
 * with a keyed hash, so the same ID number or credit code always names the same subject and the id reveals neither.
 *
 * @param value 1–64 characters of letters, digits and '-'
 */
public record SubjectId(String value) {

    public static final String PATTERN = "^[A-Za-z0-9-]{1,64}$";

    public SubjectId {
        if (value == null || !value.strip().matches(PATTERN)) {
            throw new IllegalArgumentException("subject id must be 1-64 letters, digits or '-'");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
