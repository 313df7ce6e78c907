package io.tianping.verification.webhook;

import jakarta.validation.constraints.Size;

/**
 * Where to push the platform's takedown notices, and the secret their signatures are keyed with.
 *
 * @param url    an {@code https} URL on a public host (plain http and local hosts only where the operator allows them)
 * @param secret 16 to 200 characters; kept to sign every delivery, never shown again
 */
record TakedownWebhookRequest(@Size(max = WebhookUrlPolicy.MAX_LENGTH) String url, String secret) {

    static final int MIN_SECRET = 16;
}
