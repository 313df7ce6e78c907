package io.tianping.app.web.consistency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import io.tianping.app.axon.NodeName;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A write (POST, PUT, PATCH, DELETE) that appended events is answered only once this node's read models have
 * applied them ({@link ReadModels}), at most {@code tianping.read-your-writes.timeout} later: the answer is held back
 * (buffered) meanwhile, so nothing reaches the caller before the read side can show it. A write that appended nothing
 * (a refusal) is not held at all, and neither are listing checks: the 7x24 check path appends a binding the first time
 * it sees a listing, which no platform reads back, and holding it would cost each new listing a processor's poll.
 */
@Component
@Order(10) // inside the idempotency filter: a replayed answer is not held again
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String CHECK_PATH = "/api/v1/listing-checks";

    private static final Logger log = LoggerFactory.getLogger(ReadYourWritesFilter.class);

    private final ReadModels readModels;

    ReadYourWritesFilter(EventBus events, EventProcessingConfiguration processing, JdbcClient jdbc, Serializer tokens,
                         NodeName node, @Value("${tianping.read-your-writes.timeout:PT5S}") Duration timeout) {
        events.registerDispatchInterceptor(new AppendedEvents());
        this.readModels = new ReadModels(processing, jdbc, new OtherNodesTokens(jdbc, tokens, node.value()), timeout);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()) || request.getRequestURI().startsWith(CHECK_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var held = new ContentCachingResponseWrapper(response);
        var appended = AppendedEvents.recording();
        try {
            chain.doFilter(request, held);
        } finally {
            AppendedEvents.stop();
        }
        if (!appended.isEmpty() && held.getStatus() < 300) {
            try {
                if (!readModels.awaitApplied(appended)) {
                    log.warn("{} {}: read models had not applied its {} events after the timeout; answered anyway",
                            request.getMethod(), request.getRequestURI(), appended.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        held.copyBodyToResponse();
    }
}
