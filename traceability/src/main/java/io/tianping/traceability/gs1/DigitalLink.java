package io.tianping.traceability.gs1;

import io.tianping.traceability.api.Gtin;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A valid GS1 Digital Link: its primary key, key qualifiers and data attributes. Made by {@link DigitalLinkParser};
 * {@link #of(Gtin, String, String)} builds one for an item.
 *
 * @param ais every AI and its (decoded) value: the primary key first, its qualifiers in order, then the query's
 *            attributes in AI order
 */
public record DigitalLink(String primaryKey, Map<String, String> ais) {

    public static final String CANONICAL_HOST = "https://id.gs1.org";

    public DigitalLink {
        ais = Collections.unmodifiableMap(new LinkedHashMap<>(ais));
    }

    /** The item (serial not null), lot or product (both null) of a GTIN. */
    public static DigitalLink of(Gtin gtin, String lotOrNull, String serialOrNull) {
        var ais = new LinkedHashMap<String, String>();
        ais.put("01", gtin.value());
        if (lotOrNull != null) {
            ais.put("10", lotOrNull);
        }
        if (serialOrNull != null) {
            ais.put("21", serialOrNull);
        }
        return new DigitalLink("01", ais);
    }

    public Gtin gtinOrNull() {
        return "01".equals(primaryKey) ? new Gtin(ais.get("01")) : null;
    }

    public String lotOrNull() {
        return ais.get("10");
    }

    public String serialOrNull() {
        return ais.get("21");
    }

    /** {@code https://id.gs1.org/01/…/10/…/21/…?17=…}: the key and qualifiers in the path, attributes in AI order. */
    public String canonical() {
        var uri = new StringBuilder(CANONICAL_HOST);
        var query = new StringBuilder();
        var qualifiers = ApplicationIdentifier.find(primaryKey).qualifiers();
        ais.forEach((ai, value) -> {
            if (ai.equals(primaryKey) || qualifiers.contains(ai)) {
                uri.append('/').append(ai).append('/').append(encode(value));
            } else {
                query.append(query.isEmpty() ? '?' : '&').append(ai).append('=').append(encode(value));
            }
        });
        return uri.append(query).toString();
    }

    /** The GS1 element string in its human-readable form, {@code (01)09520123456788(10)ABC(21)12345}. */
    public String elementString() {
        var element = new StringBuilder();
        ais.forEach((ai, value) -> element.append('(').append(ai).append(')').append(value));
        return element.toString();
    }

    /** A decoded value written back into a path segment (what a server decoded, encoded again for parsing). */
    public static String encodeSegment(String value) {
        return encode(value);
    }

    /** Percent-encodes every character but the URI's unreserved ones (RFC 3986 2.3), as GS1 DL 1.6 asks. */
    static String encode(String value) {
        var out = new StringBuilder(value.length());
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
