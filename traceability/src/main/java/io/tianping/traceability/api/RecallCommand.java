package io.tianping.traceability.api;

import static io.tianping.sharedkernel.Fields.text;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be done to a product recall. */
public sealed interface RecallCommand {

    RecallId recallId();

    /**
     * Announce a recall of a registered product, all of it ({@code lots} empty) or some lots: voluntary by its
     * manufacturer, or ordered by a regulator ({@code orderedBy} the regulator's id, else null).
     */
    record AnnounceRecall(@TargetAggregateIdentifier RecallId recallId, Gtin gtin, List<String> lots, String hazard,
                          String remedy, CertificateNumber certificateNumber, String model, Party manufacturer,
                          String orderedBy, long affectedUnits, Instant at) implements RecallCommand {

        public AnnounceRecall {
            if (recallId == null || gtin == null || certificateNumber == null || manufacturer == null || at == null) {
                throw new IllegalArgumentException("recallId, gtin, certificateNumber, manufacturer and at: must not be null");
            }
            lots = lots == null ? List.of() : List.copyOf(lots);
            for (int i = 0; i < lots.size(); i++) {
                if (lots.get(i) == null || lots.get(i).isBlank() || lots.get(i).length() > 20) {
                    throw new IllegalArgumentException("lots[%d]: a lot is 1 to 20 characters".formatted(i));
                }
            }
            hazard = text("hazard", hazard);
            remedy = text("remedy", remedy);
            model = text("model", model);
            if (affectedUnits < 0) {
                throw new IllegalArgumentException("affectedUnits: must not be negative");
            }
        }
    }

    /** The manufacturer's monthly progress report: units corrected so far at each level. One per month. */
    record ReportRecallProgress(@TargetAggregateIdentifier RecallId recallId, YearMonth month,
                                RecallCorrections corrected, String reportedBy, Instant at) implements RecallCommand {

        public ReportRecallProgress {
            if (recallId == null || month == null || corrected == null || at == null) {
                throw new IllegalArgumentException("recallId, month, corrected and at: must not be null");
            }
        }
    }
}
