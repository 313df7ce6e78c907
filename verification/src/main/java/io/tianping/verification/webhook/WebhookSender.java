package io.tianping.verification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One POST of one notice, with the JDK's client: a 2xx within {@link #TIMEOUT} is a delivery, anything else (another
 * status, a redirect, a refused connection, silence) a failure to retry. The URL is checked again first, so a host
 * that now resolves to a private address is not called.
 */
class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String DELIVERY_HEADER = "X-Tianping-Delivery";

    /** What one attempt came to; {@code error} says why it failed. */
    record Outcome(boolean delivered, String error) { }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final WebhookUrlPolicy policy;

    WebhookSender(WebhookUrlPolicy policy) {
        this.policy = policy;
    }

    Outcome send(WebhookSubscriptions.Subscription subscription, WebhookOutbox.Delivery delivery) {
        URI uri;
        try {
            uri = policy.check(subscription.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(false, "url " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tianping-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.body(), subscription.secret()))
                .header(DELIVERY_HEADER, delivery.deliveryId().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, null) : new Outcome(false, "answered " + status);
        } catch (IOException e) {
            return new Outcome(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
