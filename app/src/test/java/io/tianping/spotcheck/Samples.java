package io.tianping.spotcheck;

import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleCommand.DeliverResult;
import io.tianping.spotcheck.api.SampleCommand.RecordCustody;
import io.tianping.spotcheck.api.SampleCommand.RecordLabResult;
import io.tianping.spotcheck.api.SampleCommand.RecordPurchase;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.domain.selection.Candidate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** A sample's steps as the organising regulator takes them, a minute apart from {@code start}. */
final class Samples {

    static final FailedItem LIVE_PARTS = new FailedItem("对触及带电部件的防护", "GB 4706.24-2008", "试验指不能触及带电部件", "可触及");

    private Samples() {
    }

    /** Buys {@code drawn} for a new plan, takes it to the lab, records a nonconforming result and delivers it. */
    static SampleId deliveredNonconforming(CommandGateway commands, Candidate drawn, Instant start) {
        PlanId plan = PlanId.generate();
        SelectedListing listing = new SelectedListing(drawn.listing(), drawn.catalogueCode(), drawn.seller(),
                drawn.producerName(), drawn.producerCreditCode(), drawn.model(), drawn.price(), 1, List.of("随机抽取"));
        SampleId sample = SampleId.of(plan, drawn.listing());
        commands.sendAndWait(new RecordPurchase(sample, plan, listing, "波轮洗衣机", null, null, "TB-" + sample, drawn.price(),
                true, "抽样人员 王某", start));
        int minute = 0;
        for (CustodyStep step : CustodyStep.values()) {
            String witness = step == CustodyStep.UNBOXED_AND_SEALED ? "公证员 王某" : null;
            commands.sendAndWait(new RecordCustody(sample, step, "抽样人员 王某", witness, start.plusSeconds(60L * ++minute)));
        }
        commands.sendAndWait(new RecordLabResult(sample, "浙江省质量科学研究院", false, List.of(LIVE_PARTS),
                start.plusSeconds(60L * ++minute)));
        commands.sendAndWait(new DeliverResult(sample, start.plusSeconds(60L * ++minute)));
        return sample;
    }

    /** A day after the 15 days to object to a result delivered soon after {@code start}. */
    static Instant objectionWindowOver(Instant start) {
        return start.plus(Duration.ofDays(17));
    }
}
