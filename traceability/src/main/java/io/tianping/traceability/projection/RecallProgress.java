package io.tianping.traceability.projection;

import io.tianping.traceability.api.RecallLevel;
import io.tianping.traceability.projection.RecallBook.RecallRecord;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Units corrected per level as the captured EPCIS events show them: events since the recall naming the recalled GTIN,
 * with disposition {@code recalled} or {@code returned} and the extension {@code tianping:recallLevel} saying where.
 */
@Component
public class RecallProgress {

    private final JdbcClient jdbc;

    RecallProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<RecallLevel, Long> fromEvents(RecallRecord recall) {
        var counts = new EnumMap<RecallLevel, Long>(RecallLevel.class);
        for (RecallLevel level : RecallLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("""
                select e.recall_level, coalesce(sum(e.unit_count), 0) from traceability_epcis_event e
                where e.recall_level is not null and e.disposition in ('recalled', 'returned') and e.event_time >= ?
                  and e.error_declaration is null
                  and exists (select 1 from traceability_event_epc p where p.event_id = e.event_id
                              and (p.epc = ? or p.epc like ?))
                group by e.recall_level""")
                .params(Timestamp.from(recall.announcedAt()), "https://id.gs1.org/01/" + recall.gtin().value(),
                        "https://id.gs1.org/01/" + recall.gtin().value() + "/%")
                .query(rs -> {
                    counts.put(RecallLevel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
