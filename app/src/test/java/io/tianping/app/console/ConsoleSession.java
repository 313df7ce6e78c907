package io.tianping.app.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's side of the console without a browser: the login form, its cookies, and calls with them. */
final class ConsoleSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Answer(int status, String body, String location, java.util.List<String> setCookies) { }

    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens the login page and posts the form; answers the login's own response (a redirect). */
    Answer login(String user, String password) {
        Answer page = get("/console/login");
        Matcher token = HIDDEN_CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF field on the login page: " + page.body());
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A JSON POST with the session cookie; {@code withToken} adds the X-XSRF-TOKEN header from the cookie. */
    Answer post(String path, String json, boolean withToken) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
        }
        return send(request);
    }

    Answer logout() {
        return send(HttpRequest.newBuilder(URI.create(base + "/console/logout"))
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", "")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Answer send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var setCookies = response.headers().allValues("Set-Cookie");
            for (String cookie : setCookies) {
                String pair = cookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    setCookies);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
