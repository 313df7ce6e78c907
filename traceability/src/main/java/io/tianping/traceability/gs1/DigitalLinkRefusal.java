package io.tianping.traceability.gs1;

/** Why a URI is not a GS1 Digital Link (URI syntax 1.6): one machine-readable code per rule. */
public enum DigitalLinkRefusal {
    /** Not an absolute http(s) URI with a host. */
    NOT_A_URI,
    /** No known primary key (e.g. {@code /01/}) in the path. */
    NO_PRIMARY_KEY,
    /** A {@code /gtin/}-style alphabetic name: deprecated, write the numeric AI. */
    CONVENIENCE_NAME,
    /** A key's check digit is wrong. */
    CHECK_DIGIT,
    /** A GTIN-8, -12 or -13 written without its leading zeros: write the full GTIN-14. */
    ZERO_SUPPRESSED_GTIN,
    /** A value has the wrong length or characters for its AI. */
    BAD_VALUE,
    /** Key qualifiers out of their order (for a GTIN: 22, 10, 21). */
    QUALIFIER_ORDER,
    /** An AI in the path that is not a qualifier of the primary key. */
    NOT_A_QUALIFIER,
    /** A key qualifier of the primary key written in the query string: it belongs in the path. */
    QUALIFIER_IN_QUERY,
    /** The same AI twice. */
    DUPLICATE_AI,
    /** A numeric key that is not a GS1 application identifier this validator knows. */
    UNKNOWN_AI,
    /** An AI with no value, or an empty path segment. */
    EMPTY_VALUE,
    /** The path ends in a slash. */
    TRAILING_SLASH,
    /** A {@code %} not followed by two hex digits, or an encoded byte sequence that is not UTF-8. */
    BAD_PERCENT_ENCODING,
    /** A character outside the GS1 AI character set 82. */
    BAD_CHARACTER
}
