package io.tianping.traceability.api;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened to a product recall. Stored in the event store: never rename or move one without an upcaster. */
public sealed interface RecallEvent {

    RecallId recallId();

    /**
     * A recall was announced: the product's passports say RECALLED with the remedy, and listings of the model on that
     * certificate are intercepted.
     *
     * @param lots          the recalled lots; empty for every unit of the GTIN
     * @param orderedBy     the regulator who ordered it, null for a voluntary recall
     * @param affectedUnits the commissioned units the recall covers when announced, the correction rate's denominator
     */
    @Revision("1")
    record RecallAnnounced(RecallId recallId, Gtin gtin, List<String> lots, String hazard, String remedy,
                           CertificateNumber certificateNumber, String model, Party manufacturer, String orderedBy,
                           long affectedUnits, Instant at) implements RecallEvent {
    }

    /** A monthly progress report: units corrected so far at each level. */
    @Revision("1")
    record RecallProgressReported(RecallId recallId, YearMonth month, RecallCorrections corrected, String reportedBy,
                                  Instant at) implements RecallEvent {
    }
}
