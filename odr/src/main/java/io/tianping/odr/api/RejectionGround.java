package io.tianping.odr.api;

/**
 * The grounds on which a regulator may reject a complaint (市场监督管理投诉举报处理暂行办法 art. 15); a rejection
 * names exactly one.
 */
public enum RejectionGround {
    /** (1) The bureau is not competent (not where the respondent operates or is domiciled). */
    ART15_1_NOT_COMPETENT,
    /** (2) Already handled, or being handled, by a court, an arbitration body or another mediator. */
    ART15_2_ALREADY_HANDLED,
    /** (3) Not a dispute over goods or services bought for personal consumption, or no dispute at all. */
    ART15_3_NOT_CONSUMER_DISPUTE,
    /** (4) More than three years since the consumer knew or should have known of the harm. */
    ART15_4_OVER_THREE_YEARS,
    /** (5) Required data missing (the complainant, the respondent, the facts or the claim). */
    ART15_5_DATA_MISSING,
    /** (6) Another case laid down by laws, regulations or rules. */
    ART15_6_OTHER
}
