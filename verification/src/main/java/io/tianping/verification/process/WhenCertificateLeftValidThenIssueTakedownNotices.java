package io.tianping.verification.process;

import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateEvent.ModelRecalled;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.TakedownCommand.IssueTakedownNotice;
import io.tianping.verification.api.TakedownNoticeId;
import io.tianping.verification.api.TakedownReason;
import io.tianping.verification.domain.ListingVerdictPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a certificate leaves VALID, every listing bound to it gets a takedown notice to its platform, due after
 * {@code tianping.takedown.due-after} (24 h). A listing bound while (or just as) its certificate left VALID gets one
 * too. Runs on one segment, so bindings and status changes are seen in the order they happened; notice ids are
 * deterministic, so redelivery issues nothing twice. A recall of a model under the certificate does the same for the
 * listings of that model.
 */
@Component
@ProcessingGroup(WhenCertificateLeftValidThenIssueTakedownNotices.GROUP)
class WhenCertificateLeftValidThenIssueTakedownNotices {

    static final String GROUP = "verification-takedown-fanout";

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Duration dueAfter;

    WhenCertificateLeftValidThenIssueTakedownNotices(JdbcClient jdbc, CommandGateway commands,
                                                     @Value("${tianping.takedown.due-after:PT24H}") Duration dueAfter) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.dueAfter = dueAfter;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never notify platforms again
    void on(StatusChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var previous = jdbc.sql("select status from takedown_certificate_state where number = ?")
                .param(event.number().value()).query(String.class).optional().orElse(CertificateStatus.VALID.name());
        boolean leavesValid = previous.equals(CertificateStatus.VALID.name()) && event.status() != CertificateStatus.VALID;
        jdbc.sql("""
                insert into takedown_certificate_state (number, status, left_valid_sequence) values (?, ?, ?)
                on conflict (number) do update set status = excluded.status,
                    left_valid_sequence = case when excluded.status = 'VALID' then null
                                               when ? then excluded.left_valid_sequence
                                               else takedown_certificate_state.left_valid_sequence end""")
                .params(event.number().value(), event.status().name(), sequence, leavesValid)
                .update();
        if (leavesValid) {
            List<ListingKey> listings = jdbc.sql("select platform, listing_id from listing_binding where certificate_number = ?")
                    .param(event.number().value())
                    .query((rs, row) -> new ListingKey(new PlatformId(rs.getString(1)), rs.getString(2)))
                    .list();
            var sent = listings.stream()
                    .map(listing -> notice(event.number(), listing, TakedownReason.of(event.status()), sequence, at))
                    .map(commands::send)
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(sent).join();
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ListingBound event, @Timestamp Instant at) {
        jdbc.sql("""
                insert into listing_binding (platform, listing_id, certificate_number, merchant_name, merchant_credit_code,
                    catalogue_code, model, bound_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (platform, listing_id) do update set certificate_number = excluded.certificate_number,
                    merchant_name = excluded.merchant_name, merchant_credit_code = excluded.merchant_credit_code,
                    catalogue_code = excluded.catalogue_code, model = excluded.model, bound_at = excluded.bound_at""")
                .params(event.key().platform().value(), event.key().listingId(), event.certificateNumber().value(),
                        event.merchant().name(), event.merchant().creditCode().value(), event.catalogueCode().value(),
                        event.model(), java.sql.Timestamp.from(event.boundAt()))
                .update();
        jdbc.sql("select status, left_valid_sequence from takedown_certificate_state where number = ? and left_valid_sequence is not null")
                .param(event.certificateNumber().value())
                .query((rs, row) -> notice(event.certificateNumber(), event.key(),
                        TakedownReason.of(CertificateStatus.valueOf(rs.getString(1))), rs.getLong(2), at))
                .optional()
                .ifPresent(commands::sendAndWait);
    }

    /**
     * A recalled model: every listing bound to the certificate whose model the recall covers gets a notice, as when the
     * certificate leaves VALID (the notice id is made from the recall's event sequence, so redelivery issues none twice).
     */
    @EventHandler
    @DisallowReplay
    void on(ModelRecalled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var sent = jdbc.sql("select platform, listing_id, model from listing_binding where certificate_number = ?")
                .param(event.number().value())
                .query((rs, row) -> ListingVerdictPolicy.covers(List.of(event.model()), rs.getString(3))
                        ? new ListingKey(new PlatformId(rs.getString(1)), rs.getString(2)) : null)
                .list().stream()
                .filter(java.util.Objects::nonNull)
                .map(listing -> notice(event.number(), listing, TakedownReason.RECALLED, sequence, at))
                .map(commands::send)
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sent).join();
    }

    private IssueTakedownNotice notice(CertificateNumber certificate, ListingKey listing, TakedownReason reason,
                                       long leftValidSequence, Instant issuedAt) {
        return new IssueTakedownNotice(TakedownNoticeId.of(certificate, listing, leftValidSequence), listing, certificate,
                reason, issuedAt, issuedAt.plus(dueAfter));
    }
}
