package io.tianping.enforcement;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseEvent.AssistanceRequested;
import io.tianping.enforcement.api.CaseEvent.CaseFiled;
import io.tianping.enforcement.api.CaseEvent.ClueRaised;
import io.tianping.enforcement.api.CaseEvent.EvidenceAdded;
import io.tianping.enforcement.api.CaseEvent.PenaltyDecided;
import io.tianping.enforcement.api.CaseEvent.PenaltyProposed;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared test data: one case against a Hangzhou kettle seller, raised on 30 September 2025 (just before the National
 * Day week), and the events that take it through each stage. Times are 10:00 China time (02:00 UTC).
 */
public final class EnforcementFixtures {

    public static final CaseId CASE = CaseId.of("report", "ZJ-2025-0001");
    public static final RegionCode HANGZHOU = RegionCode.of("330100");
    public static final RegionCode XIHU = RegionCode.of("330106");
    public static final RegionCode ZHEJIANG = RegionCode.of("330000");
    public static final RegionCode NANJING = RegionCode.of("320100");
    public static final RegionCode JIANGSU = RegionCode.of("320000");
    public static final RegionCode SHANGHAI = RegionCode.of("310000");
    public static final RegionCode SHENZHEN = RegionCode.of("440300");

    public static final CreditCode SELLER = CreditCode.of("91330100716105852F");
    public static final Party PARTY = new Party("杭州天平电器有限公司", SELLER);
    public static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final String OTHER_SHA = "d9298a10d1b0735837dc4bd85dac641b0f3cef27a47e5d53a54f2f3f5b2fcffa";
    public static final EvidenceId E1 = EvidenceId.of("E-1");
    public static final AssistanceId A1 = AssistanceId.of("A-1");
    public static final Money FINE = Money.of("50000");

    /** Tuesday 30 Sep 2025; 15 WD later, past the National Day week, is Tuesday 28 Oct. */
    public static final Instant RAISED_AT = at("2025-09-30");
    public static final LocalDate FILING_DUE = LocalDate.of(2025, 10, 28);
    /** 15 more WD. */
    public static final LocalDate FILING_DUE_EXTENDED = LocalDate.of(2025, 11, 18);
    public static final Instant FILED_AT = at("2025-10-20");
    /** Filing + 90 days. */
    public static final LocalDate DECISION_DUE = LocalDate.of(2026, 1, 18);
    public static final Instant EVIDENCE_AT = at("2025-10-22");
    /** Thursday 23 Oct 2025; the answer is due 15 WD later, Thursday 13 Nov. */
    public static final Instant ASSISTANCE_AT = at("2025-10-23");
    public static final LocalDate ASSISTANCE_DUE = LocalDate.of(2025, 11, 13);
    /** Monday 3 Nov 2025; the statement is due 5 WD later, Monday 10 Nov. */
    public static final Instant SERVED_AT = at("2025-11-03");
    public static final LocalDate STATEMENT_DUE = LocalDate.of(2025, 11, 10);
    /** Thursday 20 Nov 2025; publicity is due 20 WD later, Thursday 18 Dec. */
    public static final Instant DECIDED_AT = at("2025-11-20");
    public static final LocalDate PUBLICITY_DUE = LocalDate.of(2025, 12, 18);

    private EnforcementFixtures() {
    }

    /** 10:00 China time on {@code date}. */
    public static Instant at(String date) {
        return Instant.parse(date + "T02:00:00Z");
    }

    public static RaiseClue raiseClue() {
        return new RaiseClue(CASE, ClueSource.REPORT, HANGZHOU, PARTY, "电热水壶", "网店销售无3C标志电热水壶", "ZJ-2025-0001", RAISED_AT);
    }

    public static ClueRaised clueRaised() {
        return new ClueRaised(CASE, ClueSource.REPORT, "ZJ-2025-0001", HANGZHOU, PARTY, "电热水壶", "网店销售无3C标志电热水壶",
                RAISED_AT, FILING_DUE);
    }

    public static CaseFiled caseFiled() {
        return new CaseFiled(CASE, HANGZHOU, "涉嫌销售未经认证产品", FILED_AT, DECISION_DUE);
    }

    public static EvidenceAdded evidenceAdded() {
        return new EvidenceAdded(CASE, E1, "现场检查笔录", SHA, HANGZHOU, "执法人员王某",
                List.of(new Custody(HANGZHOU, EVIDENCE_AT)), EVIDENCE_AT);
    }

    public static AssistanceRequested assistanceRequested() {
        return new AssistanceRequested(CASE, A1, HANGZHOU, NANJING, "核查南京仓库的进货记录", ASSISTANCE_AT, ASSISTANCE_DUE);
    }

    public static PenaltyProposed penaltyProposed() {
        return new PenaltyProposed(CASE, HANGZHOU, FINE, "《强制性产品认证管理规定》第五十二条", SERVED_AT, STATEMENT_DUE);
    }

    public static PenaltyDecided penaltyDecided(boolean seriousViolation) {
        return new PenaltyDecided(CASE, HANGZHOU, PARTY, FINE, seriousViolation, "罚款五万元", DECIDED_AT, PUBLICITY_DUE);
    }

    public static List<Object> clue() {
        return List.of(clueRaised());
    }

    public static List<Object> filed() {
        return with(clue(), caseFiled());
    }

    public static List<Object> investigating() {
        return with(filed(), evidenceAdded());
    }

    public static List<Object> penaltyProposedHistory() {
        return with(investigating(), penaltyProposed());
    }

    public static List<Object> decided() {
        return with(penaltyProposedHistory(), penaltyDecided(false));
    }

    public static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
