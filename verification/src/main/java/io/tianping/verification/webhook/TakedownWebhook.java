package io.tianping.verification.webhook;

import java.time.Instant;

/**
 * A platform's takedown-notice webhook, without its secret.
 *
 * @param platform     the platform it belongs to
 * @param url          where every notice is POSTed
 * @param subscribedAt when the platform last set it
 */
record TakedownWebhook(String platform, String url, Instant subscribedAt) {
}
