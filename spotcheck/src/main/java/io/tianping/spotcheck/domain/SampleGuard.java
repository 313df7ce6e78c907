package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.domain.SampleState.Custody;

import java.time.Instant;

/** The order of a sample's steps: what may happen next, each once, and nothing after the result is final. */
final class SampleGuard {

    private static final CustodyStep[] STEPS = CustodyStep.values();

    private final SampleState state;

    SampleGuard(SampleState state) {
        this.state = state;
    }

    SampleGuard notFinal(String what) {
        if (state.isFinal()) {
            throw refuse("the result of sample %s is final since %s; it cannot %s", state.sampleId(), state.finalAt(), what);
        }
        return this;
    }

    /** Custody steps come in their order, each once, and never before the previous one. */
    SampleGuard nextCustodyStep(CustodyStep step, Instant at) {
        if (state.custody().stream().anyMatch(done -> done.step() == step)) {
            throw refuse("custody step %s of sample %s was already recorded", step, state.sampleId());
        }
        CustodyStep next = STEPS[state.custody().size()];
        if (step != next) {
            throw refuse("sample %s needs custody step %s next, not %s", state.sampleId(), next, step);
        }
        Instant previous = state.lastCustody().map(Custody::at).orElse(state.purchase().at());
        return notBefore(at, previous, "the previous step");
    }

    SampleGuard sellerNotYetNotified() {
        if (state.sellerNotifiedAt() != null) {
            throw refuse("the seller of sample %s was already notified at %s", state.sampleId(), state.sellerNotifiedAt());
        }
        return this;
    }

    SampleGuard producerNotYetAsked() {
        if (state.producerAskedAt() != null) {
            throw refuse("the producer of sample %s was already asked to confirm at %s", state.sampleId(), state.producerAskedAt());
        }
        return this;
    }

    SampleGuard producerAskedNotAnswered(Instant at) {
        if (state.producerAskedAt() == null) {
            throw refuse("the producer of sample %s was not asked to confirm the product yet", state.sampleId());
        }
        if (state.producerAnswer() != null) {
            throw refuse("the producer of sample %s already answered at %s", state.sampleId(), state.producerAnswer().at());
        }
        return notBefore(at, state.producerAskedAt(), "the producer was asked");
    }

    SampleGuard labHasSample(Instant at) {
        if (state.stage() == SampleStage.PURCHASED) {
            throw refuse("the lab has not received sample %s yet (last custody step: %s); record RECEIVED_BY_LAB first",
                    state.sampleId(), state.lastCustody().map(Custody::step).map(Enum::name).orElse("none"));
        }
        if (state.result() != null) {
            throw refuse("the lab result of sample %s was already recorded at %s", state.sampleId(), state.result().at());
        }
        return notBefore(at, state.lastCustody().orElseThrow().at(), "the lab received it");
    }

    SampleGuard resultToDeliver(Instant at) {
        if (state.result() == null) {
            throw refuse("sample %s has no lab result to deliver yet", state.sampleId());
        }
        if (state.deliveredAt() != null) {
            throw refuse("the result of sample %s was already delivered at %s", state.sampleId(), state.deliveredAt());
        }
        return notBefore(at, state.result().at(), "the result was recorded");
    }

    /** One objection, after the result was delivered and within 15 days of it. */
    SampleGuard objectionAllowed(Instant at) {
        if (state.objection() != null) {
            throw refuse("an objection to sample %s was already filed at %s; its backup is being retested", state.sampleId(),
                    state.objection().at());
        }
        if (state.deliveredAt() == null) {
            throw refuse("the result of sample %s has not been delivered yet; an objection can only follow its delivery",
                    state.sampleId());
        }
        if (SampleClocks.isPast(state.objectionDueOn(), at)) {
            throw refuse("the period to object to the result of sample %s ended on %s", state.sampleId(), state.objectionDueOn());
        }
        return notBefore(at, state.deliveredAt(), "the result was delivered");
    }

    SampleGuard objectionFiled(Instant at) {
        if (state.objection() == null) {
            throw refuse("no objection was filed against the result of sample %s; only an objection leads to a retest",
                    state.sampleId());
        }
        return notBefore(at, state.objection().at(), "the objection was filed");
    }

    private SampleGuard notBefore(Instant at, Instant earlier, String what) {
        if (at.isBefore(earlier)) {
            throw refuse("sample %s: %s comes before %s at %s", state.sampleId(), at, what, earlier);
        }
        return this;
    }

    private static SpotcheckRuleViolated refuse(String message, Object... args) {
        return SpotcheckRuleViolated.because(message, args);
    }
}
