package io.tianping.traceability.projection;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.RecallCorrections;
import io.tianping.traceability.api.RecallEvent.RecallAnnounced;
import io.tianping.traceability.api.RecallEvent.RecallProgressReported;
import io.tianping.traceability.api.RecallId;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every recall and its monthly reports: tables {@code traceability_recall} and {@code traceability_recall_report},
 * written as the recall commits (subscribing), and the recalls in memory by GTIN so a passport says RECALLED at once.
 */
@Component
@ProcessingGroup(RecallBook.GROUP)
public class RecallBook implements SmartInitializingSingleton {

    public static final String GROUP = "traceability-recalls";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /** A recall as readers need it. */
    public record RecallRecord(RecallId recallId, Gtin gtin, List<String> lots, String hazard, String remedy,
                               CertificateNumber certificateNumber, String model, Party manufacturer, String orderedBy,
                               long affectedUnits, Instant announcedAt) {

        /** Whether this recall covers an item of {@code lotOrNull} (a recall of every lot covers items of unknown lot). */
        public boolean covers(String lotOrNull) {
            return lots.isEmpty() || (lotOrNull != null && lots.contains(lotOrNull));
        }
    }

    /** One monthly report. */
    public record Report(YearMonth month, RecallCorrections corrected, String reportedBy, Instant reportedAt) { }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ConcurrentHashMap<String, List<RecallRecord>> byGtin = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, RecallRecord> byId = new ConcurrentHashMap<>();

    RecallBook(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The recalls of a GTIN, oldest first; empty for nearly every GTIN, without allocating. */
    public List<RecallRecord> ofGtin(String gtin) {
        return byId.isEmpty() ? List.of() : byGtin.getOrDefault(gtin, List.of());
    }

    public RecallRecord find(RecallId recallId) {
        return byId.get(recallId.value());
    }

    public List<Report> reports(RecallId recallId) {
        return jdbc.sql("select * from traceability_recall_report where recall_id = ? order by month")
                .param(recallId.value())
                .query((rs, row) -> new Report(YearMonth.parse(rs.getString("month")), new RecallCorrections(
                        rs.getLong("manufacturer"), rs.getLong("distributor"), rs.getLong("retailer"), rs.getLong("consumer")),
                        rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    @EventHandler
    void on(RecallAnnounced e) {
        jdbc.sql("""
                insert into traceability_recall (recall_id, gtin, lots, hazard, remedy, certificate_number, model,
                    manufacturer_name, manufacturer_credit_code, ordered_by, affected_units, announced_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (recall_id) do nothing""")
                .params(e.recallId().value(), e.gtin().value(), json.writeValueAsString(e.lots()), e.hazard(), e.remedy(),
                        e.certificateNumber().value(), e.model(), e.manufacturer().name(),
                        e.manufacturer().creditCode().value(), e.orderedBy(), e.affectedUnits(), Timestamp.from(e.at()))
                .update();
        var recall = new RecallRecord(e.recallId(), e.gtin(), e.lots(), e.hazard(), e.remedy(), e.certificateNumber(),
                e.model(), e.manufacturer(), e.orderedBy(), e.affectedUnits(), e.at());
        AfterCommit.run(() -> remember(recall));
    }

    @EventHandler
    void on(RecallProgressReported e) {
        jdbc.sql("""
                insert into traceability_recall_report (recall_id, month, manufacturer, distributor, retailer, consumer,
                    reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (recall_id, month) do nothing""")
                .params(e.recallId().value(), e.month().toString(), e.corrected().manufacturer(), e.corrected().distributor(),
                        e.corrected().retailer(), e.corrected().consumer(), e.reportedBy(), Timestamp.from(e.at()))
                .update();
    }

    private void remember(RecallRecord recall) {
        if (byId.putIfAbsent(recall.recallId().value(), recall) == null) {
            byGtin.computeIfAbsent(recall.gtin().value(), key -> new CopyOnWriteArrayList<>()).add(recall);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        read("true");
    }

    /** Reads the recalls stored since {@code since} (database time): those other nodes announced. */
    void readStoredSince(Timestamp since) {
        read("stored_at > ?", since);
    }

    private void read(String condition, Object... parameters) {
        var recalls = new ArrayList<RecallRecord>();
        jdbc.sql("select * from traceability_recall where " + condition + " order by announced_at").params(parameters)
                .query(rs -> {
            recalls.add(new RecallRecord(new RecallId(rs.getString("recall_id")), new Gtin(rs.getString("gtin")),
                    json.readValue(rs.getString("lots"), STRINGS), rs.getString("hazard"), rs.getString("remedy"),
                    new CertificateNumber(rs.getString("certificate_number")), rs.getString("model"),
                    new Party(rs.getString("manufacturer_name"), new CreditCode(rs.getString("manufacturer_credit_code"))),
                    rs.getString("ordered_by"), rs.getLong("affected_units"), rs.getTimestamp("announced_at").toInstant()));
        });
        recalls.forEach(this::remember);
    }
}
