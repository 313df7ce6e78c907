package io.tianping.livestream.api;

/** Personal data answers show masked, and a regulator may reveal with a stated purpose. */
public enum RevealedField {
    ID_NUMBER("idNumber"),
    PHONE("phone");

    private final String fieldName;

    RevealedField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name of the field in the HTTP answers that mask it, as a reveal names it ({@code idNumber}, {@code phone}). */
    public String fieldName() {
        return fieldName;
    }
}
