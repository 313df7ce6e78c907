package io.tianping.traceability.web;

import io.tianping.traceability.gs1.DigitalLinkRefused;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A malformed Digital Link is a 400 problem like any invalid input, plus the machine-readable {@code code} of the GS1
 * Digital Link rule it breaks ({@code CHECK_DIGIT}, {@code QUALIFIER_ORDER}, …). Ahead of the app's own advice, which
 * would answer it as a plain IllegalArgumentException.
 */
@RestControllerAdvice(basePackageClasses = TraceabilityProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceabilityProblems {

    static final URI INVALID_REQUEST = URI.create("https://tianping.io/problems/invalid-request");

    @ExceptionHandler(DigitalLinkRefused.class)
    ProblemDetail refused(DigitalLinkRefused e) {
        return refused("uri", e);
    }

    static ProblemDetail refused(String field, DigitalLinkRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Not a valid GS1 Digital Link (%s): %s".formatted(e.code(), e.getMessage()));
        problem.setType(INVALID_REQUEST);
        problem.setProperty("code", e.code().name());
        problem.setProperty("errors", List.of(Map.of("field", field, "message", e.getMessage())));
        return problem;
    }
}
