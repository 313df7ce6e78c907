package io.tianping.traceability.gs1;

import static io.tianping.traceability.gs1.DigitalLinkRefusal.*;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses and validates a GS1 Digital Link URI (URI syntax 1.6, ISO/IEC 18975): {@code http(s)://host[/stem]/01/{GTIN-14}
 * [/22/{cpv}][/10/{lot}][/21/{serial}][?{AI}={value}&…]}. Every refusal is a {@link DigitalLinkRefused} with its
 * {@link DigitalLinkRefusal} code. Query parameters whose names are not digits ({@code linkType}, …) are allowed and
 * ignored. Pure and stateless.
 */
public final class DigitalLinkParser {

    /** The GS1 AI encodable character set 82 (GS1 GS figure 7.11-1). */
    private static final String CS82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final Set<String> CONVENIENCE_NAMES = Set.of("gtin", "itip", "cpv", "lot", "ser", "sscc", "gln",
            "glnx", "party", "gsrnp", "gsrn", "srin", "grai", "giai", "gdti", "gcn", "ginc", "gsin", "cpid", "gmn");

    private DigitalLinkParser() {
    }

    public static DigitalLink parse(String uri) {
        if (uri == null || uri.isBlank() || uri.length() > 2000) {
            throw refused(NOT_A_URI, "a Digital Link is an absolute http(s) URI of at most 2000 characters");
        }
        int scheme = uri.indexOf("://");
        String protocol = scheme < 0 ? "" : uri.substring(0, scheme).toLowerCase();
        if (!protocol.equals("https") && !protocol.equals("http")) {
            throw refused(NOT_A_URI, "'%s' is not an http or https URI".formatted(uri));
        }
        String rest = uri.substring(scheme + 3);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String hostAndPath = question < 0 ? rest : rest.substring(0, question);
        int slash = hostAndPath.indexOf('/');
        if (slash <= 0) {
            throw refused(slash == 0 ? NOT_A_URI : NO_PRIMARY_KEY, "'%s' has no host or no path".formatted(uri));
        }
        String path = hostAndPath.substring(slash);
        if (path.length() > 1 && path.endsWith("/")) {
            throw refused(TRAILING_SLASH, "the path may not end in '/'");
        }
        String[] segments = path.substring(1).split("/", -1);
        int key = primaryKeyAt(segments);
        var ais = new LinkedHashMap<String, String>();
        ApplicationIdentifier primary = ApplicationIdentifier.find(segments[key]);
        ais.put(primary.code(), value(primary, segments[key + 1]));
        int lastQualifier = -1;
        for (int i = key + 2; i < segments.length; i += 2) {
            ApplicationIdentifier ai = known(segments[i]);
            if (ais.containsKey(ai.code())) {
                throw refused(DUPLICATE_AI, "AI (%s) appears twice".formatted(ai.code()));
            }
            int position = primary.qualifiers().indexOf(ai.code());
            if (position < 0) {
                throw refused(NOT_A_QUALIFIER, "AI (%s) is not a key qualifier of (%s); data attributes go in the query"
                        .formatted(ai.code(), primary.code()));
            }
            if (position < lastQualifier) {
                throw refused(QUALIFIER_ORDER, "key qualifiers of (%s) must come in the order %s"
                        .formatted(primary.code(), String.join(", ", primary.qualifiers())));
            }
            lastQualifier = position;
            ais.put(ai.code(), value(ai, segments[i + 1]));
        }
        ais.putAll(attributes(query, primary, ais));
        return new DigitalLink(primary.code(), ais);
    }

    private static int primaryKeyAt(String[] segments) {
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw refused(EMPTY_VALUE, "the path has an empty segment");
            }
        }
        for (int i = 0; i < segments.length; i++) {
            ApplicationIdentifier ai = ApplicationIdentifier.find(segments[i]);
            if (ai != null && ai.isPrimaryKey()) {
                if ((segments.length - i) % 2 != 0) {
                    throw refused(EMPTY_VALUE, "AI (%s) or one of its qualifiers has no value"
                            .formatted(segments[i]));
                }
                return i;
            }
        }
        for (String segment : segments) {
            if (CONVENIENCE_NAMES.contains(segment.toLowerCase())) {
                throw refused(CONVENIENCE_NAME, "'/%s/' is a deprecated alphabetic name: write the numeric AI".formatted(segment));
            }
        }
        throw refused(NO_PRIMARY_KEY, "the path names no GS1 primary key such as /01/{GTIN-14}");
    }

    private static Map<String, String> attributes(String query, ApplicationIdentifier primary, Map<String, String> path) {
        var attributes = new TreeMap<String, String>();
        if (query.isEmpty()) {
            return attributes;
        }
        for (String parameter : query.split("[&;]")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
            if (!CheckDigit.allDigits(name)) {
                continue; // linkType, context and other non-AI parameters
            }
            ApplicationIdentifier ai = known(name);
            if (path.containsKey(ai.code()) || attributes.containsKey(ai.code())) {
                throw refused(DUPLICATE_AI, "AI (%s) appears twice".formatted(ai.code()));
            }
            if (primary.qualifiers().contains(ai.code())) {
                throw refused(QUALIFIER_IN_QUERY, "AI (%s) is a key qualifier of (%s): it belongs in the path"
                        .formatted(ai.code(), primary.code()));
            }
            if (ai.isPrimaryKey()) {
                throw refused(NOT_A_QUALIFIER, "AI (%s) is a primary key; a Digital Link has one".formatted(ai.code()));
            }
            attributes.put(ai.code(), value(ai, equals < 0 ? "" : parameter.substring(equals + 1)));
        }
        return attributes;
    }

    private static ApplicationIdentifier known(String code) {
        ApplicationIdentifier ai = ApplicationIdentifier.find(code);
        if (ai != null) {
            return ai;
        }
        if (CONVENIENCE_NAMES.contains(code.toLowerCase())) {
            throw refused(CONVENIENCE_NAME, "'%s' is a deprecated alphabetic name: write the numeric AI".formatted(code));
        }
        throw refused(UNKNOWN_AI, "'%s' is not a GS1 application identifier".formatted(code));
    }

    private static String value(ApplicationIdentifier ai, String raw) {
        String value = decode(raw);
        if (value.isEmpty()) {
            throw refused(EMPTY_VALUE, "AI (%s) has no value".formatted(ai.code()));
        }
        for (int i = 0; i < value.length(); i++) {
            if (CS82.indexOf(value.charAt(i)) < 0) {
                throw refused(BAD_CHARACTER, "AI (%s): '%s' is outside the GS1 character set 82"
                        .formatted(ai.code(), value.charAt(i)));
            }
        }
        if (ai.code().equals("01") && CheckDigit.allDigits(value) && (value.length() == 8 || value.length() == 12
                || value.length() == 13)) {
            throw refused(ZERO_SUPPRESSED_GTIN, "GTIN %s has %d digits: write the full GTIN-14 (pad with leading zeros)"
                    .formatted(value, value.length()));
        }
        if ((ai.numeric() && !CheckDigit.allDigits(value)) || value.length() < ai.minLength()
                || value.length() > ai.maxLength()) {
            throw refused(BAD_VALUE, "AI (%s) %s takes %s%s, got '%s'".formatted(ai.code(), ai.title(),
                    ai.numeric() ? "digits" : "characters", ai.minLength() == ai.maxLength() ? ", exactly " + ai.maxLength()
                            : ", " + ai.minLength() + " to " + ai.maxLength(), value));
        }
        if (ai.checkDigit() && !CheckDigit.isValid(value)) {
            throw refused(CHECK_DIGIT, "AI (%s) %s: check digit of %s is wrong, expected %c".formatted(ai.code(),
                    ai.title(), value, CheckDigit.of(value.substring(0, value.length() - 1))));
        }
        return value;
    }

    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                throw refused(BAD_PERCENT_ENCODING, "'%' must be followed by two hex digits");
            }
            bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw refused(BAD_PERCENT_ENCODING, "the percent-encoded bytes are not UTF-8");
        }
    }

    private static DigitalLinkRefused refused(DigitalLinkRefusal code, String message) {
        return new DigitalLinkRefused(code, message);
    }

}
