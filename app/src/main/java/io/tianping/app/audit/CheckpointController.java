package io.tianping.app.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Auditors export the signed checkpoints, to keep copies and verify them offline (app/README.md). */
@RestController
class CheckpointController {

    static final int MAX_LIMIT = 20;

    private final Checkpoints checkpoints;

    CheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/audit/checkpoints")
    AuditCheckpoint.AuditCheckpointPage listAuditCheckpoints(@Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "0", defaultValue = "0")) @RequestParam(defaultValue = "0") long after,
                                                             @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "10")) @RequestParam(defaultValue = "10") int limit, Actor reader) {
        if (reader.role() != Role.AUDITOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only auditors export checkpoints.");
        }
        var check = new InputCheck();
        if (after < 0) {
            check.problem("after", "must be a checkpoint id this list returned, got " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            check.problem("limit", "must be between 1 and %d, got %d".formatted(MAX_LIMIT, limit));
        }
        check.orThrow();
        return checkpoints.page(after, limit);
    }
}
