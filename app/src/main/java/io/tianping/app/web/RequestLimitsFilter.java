package io.tianping.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else: refuses bodies over the limit (413 problem; a chunked one once it is read past the limit,
 * {@link LimitedBody}) and query parameters out of bounds ({@link QueryBounds}, 400), and gives the request a correlation id
 * ({@code X-Correlation-Id}, taken from the caller or made here) that every command and event it causes carries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimitsFilter extends OncePerRequestFilter {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final long maxBodyBytes;
    private final ProblemResponses problems;

    RequestLimitsFilter(@Value("${tianping.web.max-body-bytes:8388608}") long maxBodyBytes, ProblemResponses problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
                    "The body is %d bytes; at most %d are accepted.".formatted(request.getContentLengthLong(), maxBodyBytes));
            return;
        }
        String queryProblem = QueryBounds.problem(request.getQueryString());
        if (queryProblem != null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, queryProblem);
            return;
        }
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > 100) {
            correlationId = UUID.randomUUID().toString();
        }
        response.setHeader(CORRELATION_HEADER, correlationId);
        MDC.put("correlationId", correlationId);
        try {
            // without a Content-Length (chunked) the size is known only while the body is read
            chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, maxBodyBytes) : request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }
}
