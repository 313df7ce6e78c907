package io.tianping.traceability.capture;

import io.tianping.traceability.capture.CapturedEvent.ErrorDeclaration;
import io.tianping.traceability.capture.CapturedEvent.Item;
import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import io.tianping.traceability.gs1.EpcUri;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads an EPCISDocument: validates it against the JSON Schema, then in code what a schema cannot say (JSON-LD
 * {@code @context}, CBV vocabularies, extension namespaces, GS1 check digits and Digital Link syntax, an object event
 * naming something), and turns each event into a {@link CapturedEvent}. Every problem names the event index and field.
 */
public final class EpcisDocumentReader {

    /** The EPCIS 2.0 JSON-LD context; {@code epcis-context.jsonld} in the jar is that document. */
    static final Set<String> EPCIS_CONTEXTS = Set.of("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld");
    /** The prefixes the EPCIS context itself declares. */
    private static final Set<String> BUILT_IN_PREFIXES = Set.of("epcis", "cbv", "gs1", "rdfs", "owl", "xsd", "dcterms");
    private static final Set<String> IDENTIFIER_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList", "inputQuantityList",
            "outputQuantityList");
    private static final String RECALL_LEVEL = "tianping:recallLevel";

    private final EpcisSchema schema = new EpcisSchema();

    /** What reading a document found: its events, and every problem (a document-level one refuses it whole). */
    public record Read(List<CapturedEvent> events, List<CaptureError> errors) {

        public boolean documentRefused() {
            return errors.stream().anyMatch(error -> error.eventIndex() == null);
        }

        public Set<Integer> refusedEvents() {
            var refused = new java.util.HashSet<Integer>();
            errors.forEach(error -> refused.add(error.eventIndex()));
            return refused;
        }
    }

    public Read read(JsonNode document) {
        var errors = new ArrayList<CaptureError>();
        if (document == null || !document.isObject()) {
            return new Read(List.of(), List.of(new CaptureError(null, "(document)", "an EPCISDocument is a JSON object")));
        }
        Set<String> prefixes = context(document.get("@context"), errors);
        errors.addAll(schema.validate(document));
        JsonNode list = document.path("epcisBody").path("eventList");
        var events = new ArrayList<CapturedEvent>();
        if (!"EPCISDocument".equals(document.path("type").asString(null))) {
            errors.add(new CaptureError(null, "type", "must be EPCISDocument"));
        }
        if (!list.isArray()) {
            if (errors.isEmpty()) {
                errors.add(new CaptureError(null, "epcisBody.eventList", "is required"));
            }
            return new Read(events, List.copyOf(errors));
        }
        for (int i = 0; i < list.size(); i++) {
            CapturedEvent event = event(i, list.get(i), prefixes, errors);
            if (event != null) {
                events.add(event);
            }
        }
        return new Read(events, List.copyOf(errors));
    }

    private static Set<String> context(JsonNode context, List<CaptureError> errors) {
        var prefixes = new LinkedHashSet<>(BUILT_IN_PREFIXES);
        if (context == null) {
            errors.add(new CaptureError(null, "@context", "is required: the EPCIS 2.0 JSON-LD context"));
            return prefixes;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (context.isArray()) {
            context.forEach(entries::add);
        } else {
            entries.add(context);
        }
        boolean epcis = false;
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String field = context.isArray() ? "@context." + i : "@context";
            if (entry.isString()) {
                epcis |= EPCIS_CONTEXTS.contains(entry.asString());
                if (!entry.asString().matches("^https?://\\S+$")) {
                    errors.add(new CaptureError(null, field, "'%s' is not a context URL".formatted(entry.asString())));
                }
            } else if (entry.isObject()) {
                for (var property : entry.properties()) {
                    if (!property.getValue().isString() && !property.getValue().isObject()) {
                        errors.add(new CaptureError(null, field + "." + property.getKey(),
                                "a term definition is an IRI string or an object"));
                    }
                    prefixes.add(property.getKey());
                }
            } else {
                errors.add(new CaptureError(null, field, "a context entry is a URL or an object of term definitions"));
            }
        }
        if (!epcis) {
            errors.add(new CaptureError(null, "@context", "must include the EPCIS 2.0 context " + EPCIS_CONTEXTS.iterator().next()));
        }
        return prefixes;
    }

    private CapturedEvent event(int index, JsonNode event, Set<String> prefixes, List<CaptureError> errors) {
        int before = errors.size();
        if (!event.isObject()) {
            errors.add(new CaptureError(index, "(event)", "an event is a JSON object"));
            return null;
        }
        String type = event.path("type").asString("");
        String bizStep = text(event, "bizStep");
        String disposition = text(event, "disposition");
        vocabulary(index, "bizStep", bizStep, Cbv.BIZ_STEPS, "business step", errors);
        vocabulary(index, "disposition", disposition, Cbv.DISPOSITIONS, "disposition", errors);
        extensions(index, event, prefixes, errors);
        var epcs = new LinkedHashSet<String>();
        var items = new ArrayList<Item>();
        long units = identifiers(index, event, epcs, items, errors);
        if (type.equals("ObjectEvent") && !event.has("epcList") && !event.has("quantityList")) {
            errors.add(new CaptureError(index, "epcList", "an ObjectEvent names its objects in epcList or quantityList"));
        } else if (type.equals("ObjectEvent") && event.path("epcList").isEmpty() && event.path("quantityList").isEmpty()) {
            errors.add(new CaptureError(index, "epcList", "an ObjectEvent names at least one object"));
        }
        if (event.has("ilmd") && event.has("action") && !"ADD".equals(text(event, "action"))) {
            errors.add(new CaptureError(index, "ilmd", "ilmd goes only with action ADD"));
        }
        Instant eventTime = instant(index, "eventTime", text(event, "eventTime"), errors);
        ErrorDeclaration declaration = declaration(index, event.get("errorDeclaration"), errors);
        String level = text(event, RECALL_LEVEL);
        if (level != null && !Set.of("MANUFACTURER", "DISTRIBUTOR", "RETAILER", "CONSUMER").contains(level)) {
            errors.add(new CaptureError(index, RECALL_LEVEL, "must be MANUFACTURER, DISTRIBUTOR, RETAILER or CONSUMER"));
        }
        if (errors.size() > before) {
            return null;
        }
        var gtins = new LinkedHashSet<String>();
        epcs.forEach(epc -> {
            if (epc.startsWith(DigitalLink.CANONICAL_HOST + "/01/")) {
                gtins.add(epc.substring(DigitalLink.CANONICAL_HOST.length() + 4, DigitalLink.CANONICAL_HOST.length() + 18));
            }
        });
        String json = event.toString();
        String eventId = text(event, "eventID") != null ? text(event, "eventID") : "ni:///sha-256;" + sha256(json);
        return new CapturedEvent(index, eventId, type, eventTime, text(event, "eventTimeZoneOffset"), text(event, "action"),
                bizStep, disposition, List.copyOf(epcs), List.copyOf(gtins), List.copyOf(items),
                itemState(type, text(event, "action"), bizStep, disposition), declaration, level, units, json);
    }

    /** What an object event does to the serialised items it names. */
    static String itemState(String type, String action, String bizStep, String disposition) {
        if (!"ObjectEvent".equals(type)) {
            return null;
        }
        if ("destroying".equals(bizStep) || "destroyed".equals(disposition)) {
            return "DESTROYED";
        }
        if ("decommissioning".equals(bizStep) || "DELETE".equals(action)) {
            return "DECOMMISSIONED";
        }
        if ("ADD".equals(action) && (bizStep == null || "commissioning".equals(bizStep))) {
            return "COMMISSIONED";
        }
        return null;
    }

    private static long identifiers(int index, JsonNode event, Set<String> epcs, List<Item> items, List<CaptureError> errors) {
        long units = 0;
        for (String list : IDENTIFIER_LISTS) {
            JsonNode identifiers = event.path(list);
            for (int i = 0; i < identifiers.size(); i++) {
                String epc = identifier(index, list + "." + i, identifiers.get(i).asString(""), errors);
                if (epc != null) {
                    epcs.add(epc);
                    units++;
                    if (list.equals("epcList") || list.equals("outputEPCList")) {
                        item(epc, items);
                    }
                }
            }
        }
        if (event.has("parentID")) {
            String parent = identifier(index, "parentID", event.path("parentID").asString(""), errors);
            if (parent != null) {
                epcs.add(parent);
            }
        }
        for (String list : QUANTITY_LISTS) {
            JsonNode quantities = event.path(list);
            for (int i = 0; i < quantities.size(); i++) {
                String epcClass = identifier(index, list + "." + i + ".epcClass",
                        quantities.get(i).path("epcClass").asString(""), errors);
                if (epcClass != null) {
                    epcs.add(epcClass);
                    units += Math.max(0, (long) Math.ceil(quantities.get(i).path("quantity").asDouble(1)));
                }
            }
        }
        for (String place : List.of("readPoint", "bizLocation")) {
            if (event.path(place).has("id")) {
                identifier(index, place + ".id", event.path(place).path("id").asString(""), errors);
            }
        }
        return units;
    }

    private static void item(String canonical, List<Item> items) {
        if (!canonical.startsWith(DigitalLink.CANONICAL_HOST + "/01/")) {
            return;
        }
        DigitalLink link = DigitalLinkParser.parse(canonical);
        if (link.serialOrNull() != null) {
            items.add(new Item(link.gtinOrNull().value(), link.serialOrNull(), link.lotOrNull()));
        }
    }

    private static String identifier(int index, String field, String value, List<CaptureError> errors) {
        if (value.isEmpty()) {
            errors.add(new CaptureError(index, field, "must not be empty"));
            return null;
        }
        try {
            return EpcUri.canonical(value);
        } catch (IllegalArgumentException e) { // a DigitalLinkRefused says which rule, with its code
            String code = e instanceof io.tianping.traceability.gs1.DigitalLinkRefused refused ? refused.code() + ": " : "";
            errors.add(new CaptureError(index, field, code + e.getMessage()));
            return null;
        }
    }

    private static void extensions(int index, JsonNode event, Set<String> prefixes, List<CaptureError> errors) {
        for (String container : List.of("ilmd", "errorDeclaration")) {
            JsonNode node = event.get(container);
            if (node == null || !node.isObject()) {
                continue;
            }
            for (String name : node.propertyNames()) {
                if (container.equals("errorDeclaration") && Set.of("declarationTime", "reason", "correctiveEventIDs").contains(name)) {
                    continue;
                }
                String problem = namespaceProblem(name, prefixes);
                if (problem != null) {
                    errors.add(new CaptureError(index, container + "." + name, problem));
                }
            }
        }
        for (String name : event.propertyNames()) {
            if (name.indexOf(':') > 0) {
                String problem = namespaceProblem(name, prefixes);
                if (problem != null) {
                    errors.add(new CaptureError(index, name, problem));
                }
            }
        }
    }

    private static String namespaceProblem(String name, Set<String> prefixes) {
        int colon = name.indexOf(':');
        if (colon <= 0) {
            return "an extension field needs a namespace: write prefix:%s with the prefix declared in @context".formatted(name);
        }
        String prefix = name.substring(0, colon);
        if (prefix.equals("http") || prefix.equals("https") || prefixes.contains(prefix)) {
            return null;
        }
        return "namespace prefix '%s' is not declared in @context".formatted(prefix);
    }

    private static ErrorDeclaration declaration(int index, JsonNode node, List<CaptureError> errors) {
        if (node == null) {
            return null;
        }
        String reason = text(node, "reason");
        if (reason != null) {
            String problem = Cbv.problem(reason, Cbv.ERROR_REASONS, "error reason");
            if (problem != null) {
                errors.add(new CaptureError(index, "errorDeclaration.reason", problem));
            }
        }
        var corrective = new ArrayList<String>();
        node.path("correctiveEventIDs").forEach(id -> corrective.add(id.asString("")));
        Instant at = instant(index, "errorDeclaration.declarationTime", text(node, "declarationTime"), errors);
        return new ErrorDeclaration(at, reason, List.copyOf(corrective));
    }

    private static void vocabulary(int index, String field, String value, Set<String> names, String what,
                                   List<CaptureError> errors) {
        if (value != null) {
            String problem = Cbv.problem(value, names, what);
            if (problem != null) {
                errors.add(new CaptureError(index, field, problem));
            }
        }
    }

    private static Instant instant(int index, String field, String value, List<CaptureError> errors) {
        if (value == null) {
            errors.add(new CaptureError(index, field, "is required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new CaptureError(index, field, "'%s' is not an ISO-8601 date-time with offset".formatted(value)));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString(null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
