package io.tianping.traceability.gs1;

import io.tianping.traceability.api.Gtin;
import java.util.LinkedHashMap;

/**
 * EPC URNs (GS1 Tag Data Standard 2.x, "pure identity" and class URIs) and GS1 Digital Links name the same things:
 * {@code urn:epc:id:sgtin:0614141.107346.2017} is {@code https://id.gs1.org/01/10614141073464/21/2017}. Converting a
 * URN to a Digital Link needs nothing more (the company prefix length is the position of the first dot). The other way
 * needs the company prefix length, which a GTIN alone does not tell: the caller gives it (see the module README,
 * "EPC URNs").
 */
public final class EpcUri {

    private EpcUri() {
    }

    /**
     * One key for an identifier as EPCIS sends it: a URN or Digital Link of a GS1 key becomes its canonical Digital
     * Link; anything else (a private URI) is kept as it is.
     *
     * @throws DigitalLinkRefused       when a Digital Link is malformed
     * @throws IllegalArgumentException when a GS1 EPC URN is malformed or its check would be wrong
     */
    public static String canonical(String identifier) {
        if (identifier.startsWith("urn:epc:")) {
            DigitalLink link = toDigitalLinkOrNull(identifier);
            return link == null ? identifier : link.canonical();
        }
        if (identifier.startsWith("https://") || identifier.startsWith("http://")) {
            if (identifier.startsWith(DigitalLink.CANONICAL_HOST + "/") || looksLikeDigitalLink(identifier)) {
                return DigitalLinkParser.parse(identifier).canonical();
            }
        }
        return identifier;
    }

    private static boolean looksLikeDigitalLink(String uri) {
        return uri.contains("/01/") || uri.contains("/00/") || uri.contains("/414/");
    }

    /** The Digital Link of a GS1 EPC URN, or null for an EPC scheme that has no GS1 key (e.g. {@code usdod}). */
    public static DigitalLink toDigitalLinkOrNull(String urn) {
        String[] head = urn.split(":", 5);
        if (head.length != 5 || !head[0].equals("urn") || !head[1].equals("epc")) {
            throw new IllegalArgumentException("'%s' is not an EPC URN".formatted(urn));
        }
        String kind = head[2];
        String scheme = head[3];
        String[] parts = head[4].split("\\.", -1);
        var ais = new LinkedHashMap<String, String>();
        String primary;
        switch (kind + ":" + scheme) {
            case "id:sgtin", "class:lgtin", "idpat:sgtin" -> {
                require(urn, parts, 3);
                ais.put("01", withCheck(parts[1].charAt(0) + parts[0] + parts[1].substring(1), 13, urn));
                if (kind.equals("id")) {
                    ais.put("21", unescape(parts[2]));
                } else if (kind.equals("class")) {
                    ais.put("10", unescape(parts[2]));
                } else if (!parts[2].equals("*")) {
                    throw new IllegalArgumentException("'%s': only a whole-class pattern (…*) is supported".formatted(urn));
                }
                primary = "01";
            }
            case "id:sscc" -> {
                require(urn, parts, 2);
                ais.put("00", withCheck(parts[1].charAt(0) + parts[0] + parts[1].substring(1), 17, urn));
                primary = "00";
            }
            case "id:sgln" -> {
                require(urn, parts, 3);
                ais.put("414", withCheck(parts[0] + parts[1], 12, urn));
                if (!parts[2].equals("0")) {
                    ais.put("254", unescape(parts[2]));
                }
                primary = "414";
            }
            case "id:grai" -> {
                require(urn, parts, 3);
                ais.put("8003", "0" + withCheck(parts[0] + parts[1], 12, urn) + unescape(parts[2]));
                primary = "8003";
            }
            case "id:giai" -> {
                require(urn, parts, 2);
                ais.put("8004", parts[0] + unescape(parts[1]));
                primary = "8004";
            }
            case "id:gsrn" -> {
                require(urn, parts, 2);
                ais.put("8018", withCheck(parts[0] + parts[1], 17, urn));
                primary = "8018";
            }
            case "id:gdti" -> {
                require(urn, parts, 3);
                ais.put("253", withCheck(parts[0] + parts[1], 12, urn) + unescape(parts[2]));
                primary = "253";
            }
            default -> {
                return null;
            }
        }
        return new DigitalLink(primary, ais);
    }

    /**
     * The SGTIN URN of an item's Digital Link ({@code urn:epc:id:sgtin:…}), or the LGTIN class URN of a lot's
     * ({@code urn:epc:class:lgtin:…}).
     *
     * @param companyPrefixLength the length of the GS1 company prefix inside the GTIN, 6 to 12
     */
    public static String toUrn(DigitalLink link, int companyPrefixLength) {
        Gtin gtin = link.gtinOrNull();
        if (gtin == null || (link.serialOrNull() == null && link.lotOrNull() == null)) {
            throw new IllegalArgumentException("only an item (01+21) or a lot (01+10) has an EPC URN here");
        }
        if (companyPrefixLength < 6 || companyPrefixLength > 12) {
            throw new IllegalArgumentException("companyPrefixLength: must be 6 to 12, got " + companyPrefixLength);
        }
        String digits = gtin.value();
        String prefix = digits.substring(1, 1 + companyPrefixLength);
        String itemReference = digits.charAt(0) + digits.substring(1 + companyPrefixLength, 13);
        return link.serialOrNull() != null
                ? "urn:epc:id:sgtin:%s.%s.%s".formatted(prefix, itemReference, escape(link.serialOrNull()))
                : "urn:epc:class:lgtin:%s.%s.%s".formatted(prefix, itemReference, escape(link.lotOrNull()));
    }

    private static void require(String urn, String[] parts, int count) {
        if (parts.length != count) {
            throw new IllegalArgumentException("'%s' must have %d dot-separated parts".formatted(urn, count));
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("'%s' has an empty part".formatted(urn));
            }
        }
        if (parts[0].length() < 6 || parts[0].length() > 12 || !CheckDigit.allDigits(parts[0])) {
            throw new IllegalArgumentException("'%s': company prefix must be 6 to 12 digits".formatted(urn));
        }
    }

    private static String withCheck(String digits, int length, String urn) {
        if (digits.length() != length || !CheckDigit.allDigits(digits)) {
            throw new IllegalArgumentException("'%s': company prefix and reference must be %d digits together"
                    .formatted(urn, length));
        }
        return digits + CheckDigit.of(digits);
    }

    /** TDS 2.x: serials and lots in a URN escape {@code " % & / < > ?} as %XX. */
    static String escape(String value) {
        var out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\"%&/<>?".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an EPC URN component must not be empty");
        }
        return DigitalLinkParser.decode(value);
    }
}
