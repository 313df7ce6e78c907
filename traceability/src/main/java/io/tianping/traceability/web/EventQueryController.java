package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import io.tianping.traceability.gs1.EpcUri;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * EPCIS 2.0 SimpleEventQuery over the captured events: by identifier (an EPC URN and its Digital Link are the same),
 * business step and event time. A manufacturer sees the events it captured; regulators and auditors see all.
 */
@RestController
class EventQueryController {

    static final int MAX_EVENTS = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    EventQueryController(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** An EPCISQueryDocument (EPCIS 2.0, 8.2.7.1): the matching events, oldest first, at most 1000. */
    record EpcisQueryDocument(@com.fasterxml.jackson.annotation.JsonProperty("@context") List<String> context, String type, String schemaVersion, Instant creationDate,
                              QueryBody epcisBody) { }

    /** The query's results. */
    record QueryBody(QueryResults queryResults) { }

    /** The results of one query. */
    record QueryResults(String queryName, ResultsBody resultsBody) { }

    /** The events found, each as it was captured, plus the error declaration made of it since. */
    record ResultsBody(List<Object> eventList) { }

    @GetMapping("/api/v1/traceability/epcis/events")
    EpcisQueryDocument queryEpcisEvents(@RequestParam(name = "MATCH_anyEPC", required = false) String anyEpc,
                                        @RequestParam(name = "EQ_bizStep", required = false) String bizStep,
                                        @RequestParam(name = "GE_eventTime", required = false) String from,
                                        @RequestParam(name = "LT_eventTime", required = false) String to,
                                        Actor caller) {
        Callers.require(caller, Set.of(Role.MANUFACTURER, Role.REGULATOR, Role.AUDITOR, Role.ADMIN), "query EPCIS events");
        var check = new InputCheck();
        String epc = anyEpc == null ? null : check.field("MATCH_anyEPC", () -> EpcUri.canonical(anyEpc.strip()));
        Instant ge = from == null ? null : check.field("GE_eventTime", () -> instant(from));
        Instant lt = to == null ? null : check.field("LT_eventTime", () -> instant(to));
        check.orThrow();
        var sql = new StringBuilder("select e.document, e.error_declaration from traceability_epcis_event e where true");
        var params = new ArrayList<Object>();
        if (epc != null) {
            sql.append(" and e.event_id in (select event_id from traceability_event_epc where epc = ?");
            params.add(epc);
            String item = itemWithoutLot(epc);
            if (item != null) {
                // an SGTIN is its GTIN and serial: the same item captured with its lot in the link, or without it
                int serial = item.indexOf("/21/");
                sql.append(" or epc = ? or epc like ? escape '\\'");
                params.add(item);
                params.add(likeEscape(item.substring(0, serial)) + "/10/%" + likeEscape(item.substring(serial)));
            }
            sql.append(")");
        }
        if (bizStep != null) {
            sql.append(" and e.biz_step = ?");
            params.add(bizStep);
        }
        if (ge != null) {
            sql.append(" and e.event_time >= ?");
            params.add(Timestamp.from(ge));
        }
        if (lt != null) {
            sql.append(" and e.event_time < ?");
            params.add(Timestamp.from(lt));
        }
        if (caller.role() == Role.MANUFACTURER) {
            sql.append(" and e.owner = ?");
            params.add(caller.organisation());
        }
        sql.append(" order by e.event_time, e.event_id limit ").append(MAX_EVENTS);
        List<Object> events = jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            JsonNode event = json.readTree(rs.getString(1));
            String declaration = rs.getString(2);
            if (declaration != null && event instanceof ObjectNode object && !object.has("errorDeclaration")) {
                object.set("errorDeclaration", declarationJson(json.readTree(declaration)));
            }
            return (Object) event;
        }).list();
        return new EpcisQueryDocument(List.of("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
                "EPCISQueryDocument", "2.0", clock.instant(),
                new QueryBody(new QueryResults("SimpleEventQuery", new ResultsBody(events))));
    }

    /**
     * The Digital Link of a serialised item without its lot ({@code https://id.gs1.org/01/G/21/S}), null for any
     * other identifier. Its links with a lot are {@code …/01/G/10/L/21/S}; a lot is percent-encoded in the path, so
     * it never holds a slash.
     */
    static String itemWithoutLot(String canonicalEpc) {
        if (!canonicalEpc.startsWith(DigitalLink.CANONICAL_HOST + "/01/")) {
            return null;
        }
        DigitalLink link = DigitalLinkParser.parse(canonicalEpc);
        if (link.serialOrNull() == null || link.ais().size() != (link.lotOrNull() == null ? 2 : 3)) {
            return null;
        }
        return DigitalLink.of(link.gtinOrNull(), null, link.serialOrNull()).canonical();
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private JsonNode declarationJson(JsonNode stored) {
        ObjectNode declaration = json.createObjectNode();
        declaration.set("declarationTime", stored.get("declarationTime"));
        declaration.set("reason", stored.get("reason"));
        declaration.set("correctiveEventIDs", stored.get("correctiveEventIds"));
        return declaration;
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 date-time with offset, got '%s'".formatted(value));
        }
    }
}
