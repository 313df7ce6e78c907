package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The sentences a person reads on a selected listing: Chinese, {@code " / "}, English. */
final class Reasons {

    static final String RANDOM = "随机抽取 / random draw";

    private Reasons() {
    }

    static String price(Money price, Money median) {
        int percent = percentOf(price, median);
        return "价格 %s 元，为同类中位价 %s 元的 %d%% / price %s is %d%% of the category median %s"
                .formatted(price, median, percent, price, percent, median);
    }

    static String producer(String name, FailureHistory history) {
        return "生产者 %s 既往抽查 %d 批次不合格 %d 批次 / producer %s failed %d of %d past spot-check batches"
                .formatted(name, history.sampled(), history.failed(), name, history.failed(), history.sampled());
    }

    static String platform(PlatformId platform, FailureHistory history) {
        return "平台 %s 既往抽查 %d 批次不合格 %d 批次 / platform %s failed %d of %d past spot-check batches"
                .formatted(platform, history.sampled(), history.failed(), platform, history.failed(), history.sampled());
    }

    static String complaints(Candidate candidate, int complaints, int days) {
        String product = candidate.catalogueCode() + " " + candidate.model().strip();
        return "投诉集中：%d 天内 %d 起消费投诉涉及 %s / COMPLAINT_CLUSTER: %d complaints about %s in %d days"
                .formatted(days, complaints, product, complaints, product, days);
    }

    // Rounded down so a price just under the threshold never reads as "50%".
    private static int percentOf(Money price, Money median) {
        return price.amount().multiply(BigDecimal.valueOf(100))
                .divide(median.amount(), 0, RoundingMode.DOWN).intValueExact();
    }
}
