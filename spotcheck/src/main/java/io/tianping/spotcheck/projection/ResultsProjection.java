package io.tianping.spotcheck.projection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.domain.ranking.SampleOutcome;
import io.tianping.spotcheck.domain.SampleState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Table {@code spotcheck_result}: every final result (after the objection window, or the retest), what is published
 * per plan and what rankings and failure histories count.
 */
@Component
@ProcessingGroup("spotcheck-results")
public class ResultsProjection {

    /** A published result: product, producer, seller, platform, verdict, failed items. */
    public record PublishedResult(String sampleId, String planId, String platform, String listingId, String catalogueCode,
                                  String productName, String model, String sellerName, String sellerCreditCode,
                                  String producerName, String producerCreditCode, boolean conforming,
                                  List<FailedItem> failedItems, Instant finalAt) { }

    private static final TypeReference<List<FailedItem>> ITEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Histories histories;
    private final JsonMapper json;

    ResultsProjection(JdbcClient jdbc, Histories histories, JsonMapper json) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.json = json;
    }

    @EventHandler
    void on(ResultFinal e) {
        SampleState sample = histories.sample(e.sampleId()).orElseThrow();
        var purchase = sample.purchase();
        jdbc.sql("""
                insert into spotcheck_result (sample_id, plan_id, platform, listing_id, catalogue_code, product_name, model,
                    seller_name, seller_credit_code, producer_name, producer_credit_code, conforming, failed_items, final_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (sample_id) do nothing""")
                .params(e.sampleId().value(), e.planId().value(), e.platform().value(), e.listing().listingId(),
                        e.catalogueCode().value(), purchase.productName(), purchase.model(), purchase.seller().name(),
                        purchase.seller().creditCode().value(), purchase.producer().name(),
                        purchase.producer().creditCode().value(), e.conforming(), json.writeValueAsString(e.failedItems()),
                        Timestamp.from(e.at()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from spotcheck_result").update();
    }

    public List<PublishedResult> ofPlan(PlanId planId) {
        return jdbc.sql("select * from spotcheck_result where plan_id = ? order by final_at, sample_id")
                .param(planId.value())
                .query((rs, row) -> new PublishedResult(rs.getString("sample_id"), rs.getString("plan_id"),
                        rs.getString("platform"), rs.getString("listing_id"), rs.getString("catalogue_code"),
                        rs.getString("product_name"), rs.getString("model"), rs.getString("seller_name"),
                        rs.getString("seller_credit_code"), rs.getString("producer_name"),
                        rs.getString("producer_credit_code"), rs.getBoolean("conforming"),
                        json.readValue(rs.getString("failed_items"), ITEMS), rs.getTimestamp("final_at").toInstant()))
                .list();
    }

    /** Every final outcome, or a plan's only: what the platform ranking counts. */
    public List<SampleOutcome> outcomes(PlanId planIdOrNull) {
        String plan = planIdOrNull == null ? null : planIdOrNull.value();
        return jdbc.sql("select platform, catalogue_code, conforming from spotcheck_result where cast(? as varchar) is null or plan_id = ?")
                .params(plan, plan)
                .query((rs, row) -> new SampleOutcome(new PlatformId(rs.getString(1)), new CatalogueCode(rs.getString(2)),
                        !rs.getBoolean(3)))
                .list();
    }
}
