package io.tianping.app.audit;

import io.tianping.sharedkernel.Actor;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** Auditors (and regulators, within their scope) replay any aggregate's history and prove it was not altered. */
@RestController
@RequestMapping("/api/v1/audit/{aggregateType}/{aggregateId}")
class AuditController {

    private static final List<String> SHOWN_METADATA = List.of("actor", "role", "organisation", "region", "reason",
            "correlationId");

    private final EventHistory history;
    private final AuditScope scope;
    private final JsonMapper json;

    AuditController(EventHistory history, AuditScope scope, JsonMapper json) {
        this.history = history;
        this.scope = scope;
        this.json = json;
    }

    @GetMapping("/events")
    List<Map<String, Object>> events(@PathVariable String aggregateType, @PathVariable String aggregateId, Actor reader) {
        return readable(aggregateType, aggregateId, reader).stream().map(this::describe).toList();
    }

    @GetMapping("/integrity")
    IntegrityCheck.Result integrity(@PathVariable String aggregateType, @PathVariable String aggregateId, Actor reader) {
        return IntegrityCheck.of(readable(aggregateType, aggregateId, reader));
    }

    private List<StoredEvent> readable(String aggregateType, String aggregateId, Actor reader) {
        List<StoredEvent> events = history.of(aggregateType, aggregateId);
        // an aggregate the reader may not see is answered exactly like one that does not exist
        if (events.isEmpty() || !scope.mayRead(reader, aggregateType, aggregateId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No %s %s".formatted(aggregateType, aggregateId));
        }
        return events;
    }

    private Map<String, Object> describe(StoredEvent event) {
        var described = new LinkedHashMap<String, Object>();
        described.put("sequence", event.sequence());
        described.put("type", event.payloadType().substring(event.payloadType().lastIndexOf('$') + 1));
        described.put("timestamp", event.timestamp());
        described.put("payload", readable(event.payload()));
        var metadata = new LinkedHashMap<String, Object>();
        if (readable(event.metadata()) instanceof tools.jackson.databind.JsonNode stored) {
            SHOWN_METADATA.forEach(key -> metadata.put(key, stored.has(key) ? stored.get(key).asString() : null));
        }
        described.put("metadata", metadata);
        described.put("hash", event.hash());
        described.put("previousHash", event.previousHash());
        return described;
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
