package io.tianping.traceability.capture;

import java.util.Set;

/** The CBV 2.0 standard vocabularies that EPCIS JSON writes as bare names (CBV 2.0 sections 7.1 and 7.2). */
final class Cbv {

    static final Set<String> BIZ_STEPS = Set.of("accepting", "arriving", "assembling", "collecting", "commissioning",
            "consigning", "creating_class_instance", "cycle_counting", "decommissioning", "departing", "destroying",
            "disassembling", "dispensing", "encoding", "entering_exiting", "holding", "inspecting", "installing", "killing",
            "loading", "other", "packing", "picking", "receiving", "removing", "repackaging", "repairing", "replacing",
            "reserving", "retail_selling", "sampling", "sensor_reporting", "shipping", "staging_outbound", "stock_taking",
            "stocking", "storing", "transporting", "unloading", "unpacking", "void_shipping");

    static final Set<String> DISPOSITIONS = Set.of("active", "available", "completeness_inferred",
            "completeness_verified", "conformant", "container_closed", "container_open", "damaged", "destroyed",
            "dispensed", "disposed", "encoded", "expired", "in_progress", "in_transit", "inactive", "mismatch_class",
            "mismatch_instance", "mismatch_quantity", "needs_replacement", "no_pedigree_match", "non_conformant",
            "non_sellable_other", "partially_dispensed", "recalled", "reserved", "retail_sold", "returned",
            "sellable_accessible", "sellable_not_accessible", "stolen", "unavailable", "unknown");

    static final Set<String> ERROR_REASONS = Set.of("did_not_occur", "incorrect_data");

    private Cbv() {
    }

    /**
     * Null when {@code value} is a name of {@code vocabulary} or another vocabulary's URI; else what is wrong. The XML
     * form ({@code urn:epcglobal:cbv:…}) and the Web vocabulary's CBV URIs are not allowed in JSON.
     */
    static String problem(String value, Set<String> vocabulary, String what) {
        if (vocabulary.contains(value)) {
            return null;
        }
        if (value.startsWith("urn:epcglobal:cbv:") || value.matches("^https?://ns\\.gs1\\.org/cbv/.*")) {
            return "'%s' is the XML/URI form of a CBV %s: EPCIS JSON writes the bare name".formatted(value, what);
        }
        int colon = value.indexOf(':');
        if (colon > 0 && value.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*") && value.length() > colon + 1) {
            return null; // another vocabulary's URI
        }
        return "'%s' is not a CBV 2.0 %s".formatted(value, what);
    }
}
