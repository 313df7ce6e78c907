package io.tianping.app.web.idempotency;

import io.tianping.app.security.CurrentActor;
import io.tianping.app.web.ProblemResponses;
import io.tianping.sharedkernel.Bounds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST with an {@code Idempotency-Key} header (after authentication, so keys are per caller): the first request
 * with a key is answered as usual and its answer kept {@value IdempotentRequests#KEEP_HOURS} hours; a retry with the
 * same key and the same method, path and body gets that answer again (header {@code Idempotent-Replayed: true})
 * without doing anything twice; the same key with another request is a 422; a retry while the first is still being
 * answered is a 409. An answer of ours that failed (5xx) is not kept: the retry runs again.
 */
@Component
@Order(0) // after Spring Security's filters (-100): the caller is known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** A first request that has not been answered after this long died with its node: its key may be used again. */
    static final long ABANDONED_AFTER_SECONDS = 120;

    private final IdempotentRequests requests;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotentRequests requests, ProblemResponses problems) {
        this.requests = requests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String problem = key.isBlank() ? "must not be blank" : Bounds.problemWithText(key, Bounds.LINE);
        var caller = CurrentActor.get();
        if (problem != null || caller.isEmpty()) {
            if (problem != null) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "Header %s %s.".formatted(HEADER, problem));
            } else {
                chain.doFilter(request, response); // not signed in: security answers 401 further on
            }
            return;
        }
        String principal = caller.get().id();
        byte[] body = request.getInputStream().readAllBytes();
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String bodySha256 = sha256(body);
        if (!requests.claim(principal, key, request.getMethod(), path, bodySha256)) {
            var stored = requests.find(principal, key);
            if (stored.isPresent() && stored.get().status() == null
                    && stored.get().ageSeconds() > ABANDONED_AFTER_SECONDS) {
                requests.release(principal, key);
                doFilterInternal(request, response, chain);
                return;
            }
            replay(request, response, stored.orElse(null), path, bodySha256);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            requests.release(principal, key);
            throw e;
        }
        if (recorded.getStatus() >= 500) {
            requests.release(principal, key);
        } else {
            requests.answer(principal, key, recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader("Location"), recorded.getContentAsByteArray());
        }
        recorded.copyBodyToResponse();
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, StoredAnswer stored, String path,
                        String bodySha256) throws IOException {
        if (stored == null || stored.status() == null) {
            problems.write(request, response, HttpStatus.CONFLICT,
                    "A request with this %s is still being answered; retry in a moment.".formatted(HEADER));
        } else if (!stored.answers(request.getMethod(), path, bodySha256)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This %s was used for another request (%s %s); use a new key for a new request."
                            .formatted(HEADER, stored.method(), stored.path()));
        } else {
            response.setStatus(stored.status());
            response.setHeader(REPLAYED, "true");
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader("Location", stored.location());
            }
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body());
            }
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
