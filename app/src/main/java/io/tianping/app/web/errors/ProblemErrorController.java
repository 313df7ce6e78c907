package io.tianping.app.web.errors;

import io.tianping.app.web.Problems;
import io.tianping.app.web.Unreachable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to {@code /error} (a request the security firewall refused, a status a filter
 * set, an exception no handler caught) is answered as a problem like everything else, not as Spring Boot's default
 * JSON or its whitelabel page, whatever the caller accepts.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // called directly, not forwarded by the container: there is nothing here
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "No such resource: /error"));
        }
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        // a filter that needed the database (idempotency, credentials) while it was down
        var unreachable = thrown instanceof Throwable failure ? Unreachable.answer(failure) : java.util.Optional.<ResponseEntity<ProblemDetail>>empty();
        if (unreachable.isPresent()) {
            return unreachable.get();
        }
        if (!status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = Problems.of(status, detail(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
        Problems.instance(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).ifPresent(problem::setInstance);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String detail(HttpStatus status, Object message) {
        if (status.is5xxServerError()) {
            return "Something went wrong on our side; the X-Correlation-Id of this answer finds it in our log.";
        }
        return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
    }
}
