package io.tianping.app.audit;

import io.tianping.sharedkernel.Actor;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Auditors (and regulators, within their scope) replay any aggregate's history and prove it was not altered. */
@RestController
@RequestMapping("/api/v1/audit/{aggregateType}/{aggregateId}")
class AuditController {

    private final EventHistory history;
    private final Checkpoints checkpoints;
    private final AuditScope scope;
    private final JsonMapper json;

    AuditController(EventHistory history, Checkpoints checkpoints, AuditScope scope, JsonMapper json) {
        this.history = history;
        this.checkpoints = checkpoints;
        this.scope = scope;
        this.json = json;
    }

    @GetMapping("/events")
    List<AuditedEvent> listAuditEvents(@PathVariable String aggregateType, @PathVariable String aggregateId, Actor reader) {
        return readable(aggregateType, aggregateId, reader).stream().map(this::describe).toList();
    }

    @GetMapping("/integrity")
    IntegrityCheck.IntegrityReport checkAuditIntegrity(@PathVariable String aggregateType, @PathVariable String aggregateId,
                                                       Actor reader) {
        List<StoredEvent> events = history.of(aggregateType, aggregateId);
        List<Checkpoints.Checkpointed> checkpointed = checkpoints.of(aggregateType, aggregateId);
        // every event deleted is still an aggregate a checkpoint knows: reported as truncated, not as unknown
        if ((events.isEmpty() && checkpointed.isEmpty()) || !scope.mayRead(reader, aggregateType, aggregateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No %s %s".formatted(aggregateType, aggregateId));
        }
        return IntegrityCheck.of(events, checkpointed);
    }

    private List<StoredEvent> readable(String aggregateType, String aggregateId, Actor reader) {
        List<StoredEvent> events = history.of(aggregateType, aggregateId);
        // an aggregate the reader may not see is answered exactly like one that does not exist
        if (events.isEmpty() || !scope.mayRead(reader, aggregateType, aggregateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No %s %s".formatted(aggregateType, aggregateId));
        }
        return events;
    }

    private AuditedEvent describe(StoredEvent event) {
        var stored = readable(event.metadata()) instanceof JsonNode node ? node : null;
        var metadata = new AuditedEvent.AuditedEventMetadata(text(stored, "actor"), text(stored, "role"),
                text(stored, "organisation"), text(stored, "region"), text(stored, "reason"), text(stored, "correlationId"));
        return new AuditedEvent(event.sequence(), event.payloadType().substring(event.payloadType().lastIndexOf('$') + 1),
                event.timestamp(), readable(event.payload()), metadata, event.hash(), event.previousHash());
    }

    private static String text(JsonNode metadata, String key) {
        return metadata != null && metadata.has(key) ? metadata.get(key).asString() : null;
    }

    /** The stored JSON, or its bytes in Base64 when they no longer parse (an altered event must still be shown). */
    private Object readable(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (RuntimeException e) {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }
}
