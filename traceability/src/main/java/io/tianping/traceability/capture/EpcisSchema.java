package io.tianping.traceability.capture;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The EPCIS 2.0 JSON Schema (draft-07, gs1/EPCIS at 2b888be, inlined), shipped in the jar and loaded once: nothing is
 * fetched at run time. Validated with networknt's json-schema-validator.
 */
final class EpcisSchema {

    private static final Pattern EVENT = Pattern.compile("^[$/.]*epcisBody[/.]eventList[/.\\[](\\d+)\\]?[/.]?(.*)$");

    private final Schema schema;

    EpcisSchema() {
        try (InputStream in = EpcisSchema.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            if (in == null) {
                throw new IllegalStateException("EPCIS-JSON-Schema.json is missing from the jar");
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
            schema = registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<CaptureError> validate(JsonNode document) {
        List<Error> errors = schema.validate(document);
        var found = new ArrayList<CaptureError>(errors.size());
        for (Error error : errors) {
            String location = String.valueOf(error.getInstanceLocation());
            Matcher event = EVENT.matcher(location);
            String message = error.getMessage();
            if (event.matches()) {
                found.add(new CaptureError(Integer.parseInt(event.group(1)), field(event.group(2), error), message));
            } else {
                found.add(new CaptureError(null, field(location.replaceFirst("^[$/.]+", ""), error), message));
            }
        }
        return found;
    }

    private static String field(String path, Error error) {
        String field = path.replace('/', '.').replaceAll("\\[(\\d+)]", ".$1").replaceAll("^\\.+|\\.+$", "");
        if (error.getProperty() != null && !field.endsWith(error.getProperty())) {
            field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
        }
        return field.isEmpty() ? "(document)" : field;
    }
}
