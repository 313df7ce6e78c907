package io.tianping.app.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One stored event of an aggregate, as auditors read it.
 *
 * @param sequence     its place in the aggregate's history, from 0
 * @param type         the event's name, e.g. {@code CertificateSuspended}
 * @param timestamp    when it was stored, as stored (ISO-8601, UTC)
 * @param payload      the event as stored: a JSON object, or the Base64 of its bytes when they no longer parse
 * @param metadata     who did it, for whom, where and why
 * @param hash         this event's link of the hash chain; null for events stored before chaining
 * @param previousHash the previous event's hash ({@code ""} for the first)
 */
record AuditedEvent(long sequence, String type, String timestamp,
                    @Schema(description = "The event as stored: a JSON object, or the Base64 of its bytes when they no longer parse")
                    Object payload,
                    AuditedEventMetadata metadata, @Nullable String hash, String previousHash) {

    /** Who made the change recorded with the event; a field the event does not carry is null. */
    record AuditedEventMetadata(String actor, String role, @Nullable String organisation, @Nullable String region, @Nullable String reason,
                                String correlationId) { }
}
