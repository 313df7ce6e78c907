package io.tianping.verification.webhook;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A platform's one webhook for its takedown notices: set, read (without the secret), removed. */
@RestController
@RequestMapping("/api/v1/webhooks/takedown-notices")
class TakedownWebhookController {

    private final WebhookSubscriptions subscriptions;
    private final WebhookUrlPolicy policy;
    private final Clock clock;

    TakedownWebhookController(WebhookSubscriptions subscriptions, WebhookUrlPolicy policy, Clock clock) {
        this.subscriptions = subscriptions;
        this.policy = policy;
        this.clock = clock;
    }

    @PutMapping
    TakedownWebhook subscribeTakedownWebhook(@RequestBody TakedownWebhookRequest request, Actor platform) {
        String id = platformOf(platform);
        var check = new InputCheck();
        var uri = check.field("url", () -> policy.check(request.url()));
        String secret = request.secret();
        if (secret == null || secret.isBlank()) {
            check.problem("secret", "is required");
        } else if (secret.length() < TakedownWebhookRequest.MIN_SECRET || secret.length() > 200) {
            check.problem("secret", "must be %d to 200 characters".formatted(TakedownWebhookRequest.MIN_SECRET));
        }
        check.orThrow();
        Instant now = clock.instant();
        subscriptions.put(id, uri.toString(), secret, now);
        return find(id);
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "The platform's webhook, without its secret", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    TakedownWebhook findTakedownWebhook(Actor platform) {
        return find(platformOf(platform));
    }

    @DeleteMapping
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ResponseStatus(HttpStatus.NO_CONTENT) // states it for the document; the answer below says the same
    ResponseEntity<Void> removeTakedownWebhook(Actor platform) {
        if (!subscriptions.remove(platformOf(platform))) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    private TakedownWebhook find(String platform) {
        return subscriptions.find(platform)
                .map(found -> new TakedownWebhook(found.platform(), found.url(), found.subscribedAt()))
                .orElseThrow(TakedownWebhookController::notFound);
    }

    private static String platformOf(Actor actor) {
        if (actor.role() != Role.PLATFORM || actor.organisation() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a platform has a takedown-notice webhook.");
        }
        return actor.organisation();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Your platform has no takedown-notice webhook.");
    }
}
