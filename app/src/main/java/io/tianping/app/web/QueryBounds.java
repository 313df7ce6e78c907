package io.tianping.app.web;

import io.tianping.sharedkernel.Bounds;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The query string's parameters under the same bounds as JSON strings (one line of text, {@link Bounds#LINE}), checked
 * before any controller sees them: a search for {@code q=%00} is a 400, not a NUL sent on to the index.
 */
final class QueryBounds {

    private QueryBounds() {
    }

    /** Why the query string is not acceptable, naming the parameter, or null when it is. */
    static String problem(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "The query string is not properly percent-encoded.";
            }
            String nameProblem = Bounds.problemWithText(name, Bounds.LINE);
            String problem = nameProblem != null ? nameProblem : Bounds.problemWithText(value, Bounds.LINE);
            if (problem != null) {
                return "Query parameter '%s' %s.".formatted(nameProblem == null ? name : "?", problem);
            }
        }
        return null;
    }
}
