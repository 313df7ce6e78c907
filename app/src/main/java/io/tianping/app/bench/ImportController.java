package io.tianping.app.bench;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateCommand;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The benchmark's bulk import: a certification body's certificates, hundreds per call, sent as the same commands the
 * public API sends (through the command gateway, to the same aggregates, with the same audit metadata) but in one unit
 * of work and one transaction per call, so their events are appended in one batch and committed once. This is how a
 * national register would be loaded; {@code POST /api/v1/certificates} takes one certificate per request and
 * transaction. All or nothing: one refused command rolls the call back. Exists only with
 * {@code tianping.bench.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty("tianping.bench.enabled")
class ImportController {

    private final CommandGateway commands;
    private final TransactionManager transactions;

    ImportController(CommandGateway commands, TransactionManager transactions) {
        this.commands = commands;
        this.transactions = transactions;
    }

    @PostMapping("/api/v1/bench/certificates")
    Map<String, Integer> importAll(@RequestBody ImportRequest request, Actor body) {
        if (body.role() != Role.CERTIFICATION_BODY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only certification bodies import certificates.");
        }
        List<CertificateCommand> all;
        try {
            all = request.commands(body.organisation());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        var batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> {
            all.forEach(commands::sendAndWait); // nested units of work: their events go in with the batch's
            return null;
        });
        if (batch.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException("import refused", batch.getExecutionResult().getExceptionResult());
        }
        return Map.of("commands", all.size());
    }
}
