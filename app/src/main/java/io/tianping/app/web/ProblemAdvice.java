package io.tianping.app.web;

import io.tianping.sharedkernel.InvalidInput;
import io.tianping.sharedkernel.RuleViolated;
import io.tianping.sharedkernel.UncoveredYear;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error as RFC 9457 problem+json (api.md): what the caller sent wrong is a 4xx naming the field, never a 500.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return withErrors("The request has invalid fields.", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail illegalArgument(Exception e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** Tomcat decodes query parameters lazily: {@code ?size=%FF} is not UTF-8 and fails where it is first read. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameter(RuntimeException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "A query parameter is not valid UTF-8 once percent-decoded.");
    }

    /** A legal clock would count days of a year whose holiday table is not known: refused, never guessed. */
    @ExceptionHandler(UncoveredYear.class)
    ProblemDetail uncoveredYear(UncoveredYear e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("date", e.date().toString());
        return problem;
    }

    @ExceptionHandler({RuleViolated.class, ConcurrencyException.class})
    ProblemDetail ruleViolated(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "No such resource: " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var unreachable = Unreachable.answer(e);
        if (unreachable.isPresent()) {
            return unreachable.get();
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge tooLarge) {
                return handleExceptionInternal(e, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()), headers,
                        HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        ProblemDetail problem = e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                ? withErrors("The request body has a field of the wrong type or value.",
                        List.of(Map.of("field", path(json), "message", firstLine(json.getOriginalMessage()))))
                : Problems.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON: "
                        + (e.getCause() instanceof JacksonException json ? firstLine(json.getOriginalMessage()) : "it is missing"));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = withErrors("The request has invalid fields.", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && HttpStatus.resolve(status.value()) instanceof HttpStatus known) {
            problem.setType(Problems.typeOf(known));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail withErrors(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
