package io.tianping.spotcheck.projection;

import io.tianping.spotcheck.api.SampleEvent.LabResultRecorded;
import io.tianping.spotcheck.api.SampleEvent.ObjectionFiled;
import io.tianping.spotcheck.api.SampleEvent.ResultDelivered;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.api.SampleEvent.SampleDeadlineMissed;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code spotcheck_open_sample}: samples with a running clock and the last day it runs (result to the seller
 * within 5 WD; objection within 15 days of delivery), for the watch that closes them.
 */
@Component
@ProcessingGroup("spotcheck-open-samples")
public class OpenSamples {

    private final JdbcClient jdbc;

    OpenSamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LabResultRecorded e) {
        due(e.sampleId().value(), e.resultDueToSellerOn());
    }

    @EventHandler
    void on(ResultDelivered e) {
        due(e.sampleId().value(), e.objectionDueOn());
    }

    @EventHandler
    void on(SampleDeadlineMissed e) {
        closed(e.sampleId().value()); // the delivery clock was recorded missed; delivery opens the next one
    }

    @EventHandler
    void on(ObjectionFiled e) {
        closed(e.sampleId().value()); // the retest decides now, not a clock
    }

    @EventHandler
    void on(ResultFinal e) {
        closed(e.sampleId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from spotcheck_open_sample").update();
    }

    /** A sample whose clock runs, and its last day. */
    public record OpenSample(String sampleId, LocalDate lastDay) { }

    /** The samples whose clock runs, soonest last day first, at most {@code limit}. */
    public List<OpenSample> running(int limit) {
        return jdbc.sql("select sample_id, check_after from spotcheck_open_sample order by check_after, sample_id limit ?")
                .param(limit)
                .query((rs, row) -> new OpenSample(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list();
    }

    /** Samples whose clock ran out before {@code today}. */
    public List<String> dueBefore(LocalDate today) {
        return jdbc.sql("select sample_id from spotcheck_open_sample where check_after < ? order by check_after limit 1000")
                .param(today)
                .query(String.class)
                .list();
    }

    private void due(String sampleId, LocalDate lastDay) {
        jdbc.sql("""
                insert into spotcheck_open_sample (sample_id, check_after) values (?, ?)
                on conflict (sample_id) do update set check_after = excluded.check_after""")
                .params(sampleId, lastDay)
                .update();
    }

    private void closed(String sampleId) {
        jdbc.sql("delete from spotcheck_open_sample where sample_id = ?").param(sampleId).update();
    }
}
