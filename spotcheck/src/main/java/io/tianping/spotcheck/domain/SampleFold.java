package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleClock;
import io.tianping.spotcheck.api.SampleEvent;
import io.tianping.spotcheck.api.SampleEvent.*;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.domain.SampleState.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One step of {@link SampleState#apply}: a working copy of the state, changed by one event, then frozen again. */
final class SampleFold {

    private SampleId sampleId;
    private PlanId planId;
    private SampleStage stage;
    private Purchase purchase;
    private final List<Custody> custody;
    private Instant sellerNotifiedAt;
    private Instant producerAskedAt;
    private ProducerAnswer producerAnswer;
    private LabResult result;
    private LocalDate resultDueToSellerOn;
    private boolean resultDeliveryMissed;
    private Instant deliveredAt;
    private LocalDate objectionDueOn;
    private Objection objection;
    private LabResult retest;
    private Instant finalAt;

    SampleFold(SampleState s) {
        sampleId = s.sampleId();
        planId = s.planId();
        stage = s.stage();
        purchase = s.purchase();
        custody = new ArrayList<>(s.custody());
        sellerNotifiedAt = s.sellerNotifiedAt();
        producerAskedAt = s.producerAskedAt();
        producerAnswer = s.producerAnswer();
        result = s.result();
        resultDueToSellerOn = s.resultDueToSellerOn();
        resultDeliveryMissed = s.resultDeliveryMissed();
        deliveredAt = s.deliveredAt();
        objectionDueOn = s.objectionDueOn();
        objection = s.objection();
        retest = s.retest();
        finalAt = s.finalAt();
    }

    SampleState apply(SampleEvent event) {
        switch (event) {
            case SamplePurchased e -> {
                sampleId = e.sampleId();
                planId = e.planId();
                stage = SampleStage.PURCHASED;
                purchase = new Purchase(e.listing(), e.productName(), e.model(), e.producer(), e.orderRef(), e.pricePaid(),
                        e.purchasedBy(), e.at());
            }
            case CustodyRecorded e -> {
                custody.add(new Custody(e.step(), e.by(), e.witness(), e.at()));
                if (e.step() == CustodyStep.RECEIVED_BY_LAB) {
                    stage = SampleStage.AT_LAB;
                }
            }
            case SellerNotified e -> sellerNotifiedAt = e.at();
            case ProducerAskedToConfirm e -> producerAskedAt = e.at();
            case ProducerConfirmed e -> producerAnswer = new ProducerAnswer(true, e.note(), e.at());
            case ProducerDenied e -> producerAnswer = new ProducerAnswer(false, e.note(), e.at());
            case CounterfeitSuspected e -> {
                // the denial already says it; the referral is for other modules
            }
            case LabResultRecorded e -> {
                stage = SampleStage.RESULT_RECORDED;
                result = new LabResult(e.lab(), e.conforming(), e.failedItems(), e.at());
                resultDueToSellerOn = e.resultDueToSellerOn();
            }
            case ResultDelivered e -> {
                stage = SampleStage.RESULT_DELIVERED;
                deliveredAt = e.deliveredAt();
                objectionDueOn = e.objectionDueOn();
            }
            case ObjectionFiled e -> {
                stage = SampleStage.RETESTING;
                objection = new Objection(e.by(), e.grounds(), e.at());
            }
            case RetestResultRecorded e -> retest = new LabResult(e.lab(), e.conforming(), e.failedItems(), e.at());
            case ResultFinal e -> {
                stage = SampleStage.FINAL;
                finalAt = e.at();
            }
            case NonconformityConfirmed e -> {
                // follows ResultFinal, which already made the sample final
            }
            case SampleDeadlineMissed e -> resultDeliveryMissed |= e.clock() == SampleClock.RESULT_TO_SELLER;
        }
        return new SampleState(sampleId, planId, stage, purchase, custody, sellerNotifiedAt, producerAskedAt, producerAnswer,
                result, resultDueToSellerOn, resultDeliveryMissed, deliveredAt, objectionDueOn, objection, retest, finalAt);
    }
}
