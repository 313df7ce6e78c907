package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.IssueOutcome;
import io.tianping.verification.web.CertificateBatchRequest.Commands;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates in batches, for a certification body loading or re-sending its register: up to
 * {@value CertificateBatchRequest#MAX_ITEMS} per call, the same commands {@code POST /api/v1/certificates} and the
 * status changes send, all in one unit of work and one transaction, so their events are appended in one batch and
 * committed once (one certificate per request loads ~400 a second, batches ~3,000). All or nothing: a refused
 * certificate (another content under a known number: 409; another body's number: 403) rolls the call back and the
 * problem names it. Resending a batch is harmless: certificates already issued with that content are UNCHANGED, and an
 * item's status applies only to a certificate the call creates (a known one changes through the status endpoints).
 */
@RestController
class CertificateBatchController {

    private final CommandGateway commands;
    private final TransactionManager transactions;

    CertificateBatchController(CommandGateway commands, TransactionManager transactions) {
        this.commands = commands;
        this.transactions = transactions;
    }

    /** One certificate of the batch: its number, and whether this call created it. */
    record CertificateBatchResult(CertificateNumber number, IssueOutcome outcome) { }

    /** One result per item, in the order of the items. */
    record CertificateBatchResponse(List<CertificateBatchResult> results) { }

    @PostMapping("/api/v1/certificates/batch")
    CertificateBatchResponse issueCertificates(@RequestBody CertificateBatchRequest request, Actor body) {
        List<Commands> all = request.commands(body.organisation());
        for (Commands certificate : all) {
            CertificateController.requireOwnBody(body, certificate.issue().number());
        }
        var results = new ArrayList<CertificateBatchResult>(all.size());
        var batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> {
            for (Commands certificate : all) { // nested units of work: their events are appended with the batch's
                IssueOutcome outcome = commands.sendAndWait(certificate.issue());
                if (certificate.change() != null && outcome == IssueOutcome.CREATED) {
                    commands.sendAndWait(certificate.change());
                }
                results.add(new CertificateBatchResult(certificate.issue().number(), outcome));
            }
            return null;
        });
        var result = batch.getExecutionResult();
        if (result.isExceptionResult()) {
            throw result.getExceptionResult() instanceof RuntimeException refused
                    ? refused : new IllegalStateException(result.getExceptionResult());
        }
        return new CertificateBatchResponse(results);
    }
}
