package io.tianping.spotcheck.projection;

import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.domain.SampleState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Index {@code spotcheck-results} in Elasticsearch: published results searchable by product, model, seller, producer,
 * credit code and failed item. One document per sample, written when its result is final, with the event's sequence
 * number as external version, so Elasticsearch itself refuses an event that is already in and redelivery or replay
 * changes nothing. Errors reaching Elasticsearch propagate, so the processor retries the batch and an outage delays
 * updates without losing any.
 */
@Component
@ProcessingGroup(ResultSearchProjection.GROUP)
public class ResultSearchProjection {

    public static final String GROUP = "spotcheck-result-search";

    private final ResultSearchIndex index;
    private final Histories histories;

    ResultSearchProjection(ResultSearchIndex index, Histories histories) {
        this.index = index;
        this.histories = histories;
    }

    @EventHandler
    void on(ResultFinal e, @SequenceNumber long sequence) {
        SampleState sample = histories.sample(e.sampleId()).orElseThrow();
        index.put(ResultSearchDocument.of(e, sample.purchase()), sequence);
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }
}
