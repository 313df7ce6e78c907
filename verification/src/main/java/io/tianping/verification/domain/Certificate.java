package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateCommand.CancelCertificate;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.RecallModel;
import io.tianping.verification.api.CertificateCommand.ReinstateCertificate;
import io.tianping.verification.api.CertificateCommand.RevokeCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateEvent.CertificateCancelled;
import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.ModelRecalled;
import io.tianping.verification.api.CertificateEvent.CertificateReinstated;
import io.tianping.verification.api.CertificateEvent.CertificateRevoked;
import io.tianping.verification.api.CertificateEvent.CertificateSuspended;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.IssueOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Set;

import static io.tianping.verification.api.CertificateStatus.SUSPENDED;
import static io.tianping.verification.api.CertificateStatus.VALID;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A CCC certificate a certification body issued, and its status over time. */
@Aggregate
class Certificate {

    private static final Set<CertificateStatus> VALID_OR_SUSPENDED = Set.of(VALID, SUSPENDED);

    @AggregateIdentifier
    private CertificateNumber number;
    private CertificateIssued issued;
    private CertificateStatus status;
    private final Set<String> recalls = new java.util.HashSet<>();

    Certificate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    IssueOutcome handle(IssueCertificate command) {
        CertificateIssued event = new CertificateIssued(command.number(), command.holder(), command.manufacturer(),
                command.factory(), command.productName(), command.catalogueCode(), command.models(),
                command.standards(), command.issuedOn(), command.validUntil(), command.issuingBody());
        if (issued == null) {
            apply(event);
            return IssueOutcome.CREATED;
        }
        if (issued.equals(event)) {
            return IssueOutcome.UNCHANGED; // a repeated request
        }
        throw new VerificationRuleViolated("certificate %s is already issued (status %s) with a different %s; an issued certificate cannot be changed, only suspended, revoked, cancelled or reinstated"
                .formatted(number, status, IssuedContent.differences(issued, event)));
    }

    @CommandHandler
    void handle(SuspendCertificate command) {
        requireStatus(Set.of(VALID), "suspended", command.effectiveOn());
        requireWithinValidity(VALID, "suspended", command.effectiveOn());
        apply(new CertificateSuspended(number, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RevokeCertificate command) {
        requireStatus(VALID_OR_SUSPENDED, "revoked", command.effectiveOn());
        apply(new CertificateRevoked(number, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(CancelCertificate command) {
        requireStatus(VALID_OR_SUSPENDED, "cancelled", command.effectiveOn());
        apply(new CertificateCancelled(number, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ReinstateCertificate command) {
        requireStatus(Set.of(SUSPENDED), "reinstated", command.effectiveOn());
        requireWithinValidity(SUSPENDED, "reinstated", command.effectiveOn());
        apply(new CertificateReinstated(number, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecallModel command) {
        if (!recalls.contains(command.recallId())) {
            apply(new ModelRecalled(number, command.model(), command.recallId(), command.at()));
        }
    }

    private void requireStatus(Set<CertificateStatus> allowed, String verb, LocalDate effectiveOn) {
        if (!allowed.contains(status)) {
            throw new VerificationRuleViolated("certificate %s is %s; only a certificate that is %s can be %s"
                    .formatted(number, status, allowed.size() == 1 ? allowed.iterator().next() : "VALID or SUSPENDED", verb));
        }
        if (effectiveOn.isBefore(issued.issuedOn())) {
            throw new VerificationRuleViolated("certificate %s was issued on %s; it cannot be %s effective %s, before it existed"
                    .formatted(number, issued.issuedOn(), verb, effectiveOn));
        }
    }

    // Cancelling or revoking an expired certificate stays possible: 注销 is how an unrenewed certificate ends.
    private void requireWithinValidity(CertificateStatus allowed, String verb, LocalDate effectiveOn) {
        if (effectiveOn.isAfter(issued.validUntil())) {
            throw new VerificationRuleViolated("certificate %s is EXPIRED on %s (valid until %s); only a %s certificate within its validity can be %s"
                    .formatted(number, effectiveOn, issued.validUntil(), allowed, verb));
        }
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        number = event.number();
        issued = event;
        status = VALID;
    }

    @EventSourcingHandler
    void on(ModelRecalled event) {
        recalls.add(event.recallId());
    }

    @EventSourcingHandler
    void on(StatusChanged event) {
        status = event.status();
    }
}
