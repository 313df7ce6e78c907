package io.tianping.livestream.web;

import io.tianping.livestream.domain.NotOnPlatform;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * livestream's own problems: a blacklisted subject's registration (409, type {@code …/blacklisted}, so platforms can
 * tell it from other conflicts) and another platform's subject (404, answered like an unknown one).
 */
@RestControllerAdvice(basePackages = "io.tianping.livestream.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class LivestreamProblems {

    @ExceptionHandler(Blacklisted.class)
    ProblemDetail blacklisted(Blacklisted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://tianping.io/problems/blacklisted"));
        problem.setTitle("Blacklisted");
        return problem;
    }

    @ExceptionHandler(NotOnPlatform.class)
    ProblemDetail notOnPlatform(NotOnPlatform e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("https://tianping.io/problems/not-found"));
        return problem;
    }
}
