package io.tianping.verification.process;

import io.tianping.verification.api.TakedownEvent.TakedownNoticeIssued;
import io.tianping.verification.api.TakedownQuery.TakedownNoticeView;
import io.tianping.verification.webhook.WebhookOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a notice into the webhook outbox of its platform, when the platform has a webhook, as the same JSON as the
 * notice's item of the pull feed when it was issued. One segment, so a platform's notices are owed in the order they
 * were issued; keyed by notice id, so a redelivered event owes nothing twice.
 */
@Component
@ProcessingGroup(WhenTakedownNoticeIssuedThenOweWebhook.GROUP)
public class WhenTakedownNoticeIssuedThenOweWebhook {

    public static final String GROUP = "verification-takedown-webhooks";

    private final WebhookOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    WhenTakedownNoticeIssuedThenOweWebhook(WebhookOutbox outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay // a replay must not push notices again
    void on(TakedownNoticeIssued e) {
        var item = new TakedownNoticeView(e.id(), e.listing().platform(), e.listing().listingId(), e.certificateNumber(),
                e.reason(), asStored(e.issuedAt()), asStored(e.dueBy()), "ISSUED", null, null);
        outbox.enqueue(e.id().value(), e.listing().platform().value(), json.writeValueAsBytes(item), clock.instant());
    }

    /** The instant as the feed's table gives it back: to the nearest microsecond, as the PostgreSQL driver rounds. */
    static Instant asStored(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return instant.getNano() % 1000 >= 500 ? micros.plus(1, ChronoUnit.MICROS) : micros;
    }
}
