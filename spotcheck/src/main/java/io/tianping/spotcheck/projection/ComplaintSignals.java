package io.tianping.spotcheck.projection;

import io.tianping.odr.api.ComplaintQuery.ComplaintClusters;
import io.tianping.odr.api.ComplaintQuery.ListComplaintClusters;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.spotcheck.domain.selection.ComplaintHistory;
import io.tianping.spotcheck.domain.selection.RiskWeights;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Complaint clusters from odr (through its api query): complaints per catalogue code and model over the last 90 days.
 * When odr cannot answer, the draw goes on without them, and says so in the log.
 */
@Component
public class ComplaintSignals {

    static final int WINDOW_DAYS = 90;

    private static final Logger log = LoggerFactory.getLogger(ComplaintSignals.class);

    private final QueryGateway queries;
    private final Clock clock;

    ComplaintSignals(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public ComplaintHistory recent(Set<CatalogueCode> products) {
        LocalDate today = ChinaTime.today(clock);
        try {
            var clusters = queries.query(new ListComplaintClusters(products, today.minusDays(WINDOW_DAYS), today,
                    RiskWeights.CLUSTER), ComplaintClusters.class).join();
            var counts = new HashMap<String, Integer>();
            clusters.clusters().forEach(c -> counts.put(ComplaintHistory.key(c.catalogueCode(), c.model()), c.complaints()));
            return new ComplaintHistory(counts, WINDOW_DAYS);
        } catch (RuntimeException e) {
            log.warn("Drawing without complaint clusters: odr did not answer ({})", e.getMessage());
            return ComplaintHistory.NONE;
        }
    }
}
