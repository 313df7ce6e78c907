package io.tianping.livestream.api;

/** Personal data answers show masked, and a regulator may reveal with a stated purpose. */
public enum RevealedField {
    ID_NUMBER,
    PHONE
}
