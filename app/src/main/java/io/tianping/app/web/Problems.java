package io.tianping.app.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Our problem types: one stable {@code type} URI per kind of problem, so clients can branch on it. */
public final class Problems {

    private static final String BASE = "https://tianping.io/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(status));
        return problem;
    }

    /** The path that was called, as a problem's {@code instance}; empty if it is not even a valid URI path. */
    public static java.util.Optional<URI> instance(Object path) {
        try {
            return path instanceof String text ? java.util.Optional.of(new URI(null, null, text, null)) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    public static URI typeOf(HttpStatus status) {
        String slug = switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "rule-violated";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case UNPROCESSABLE_CONTENT -> "idempotency-key-reused";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        };
        return URI.create(BASE + slug);
    }
}
