package io.tianping.enforcement.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.TakedownNoticeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdsTest {

    @Test
    void theSameClueSourceAndRefAlwaysGiveTheSameCase() {
        assertThat(CaseId.of("spotcheck", "S-2025-001")).isEqualTo(CaseId.of("spotcheck", " S-2025-001 "));
        assertThat(CaseId.of("spotcheck", "S-2025-001")).isNotEqualTo(CaseId.of("spotcheck", "S-2025-002"));
        assertThat(CaseId.of("spotcheck", "S-2025-001")).isNotEqualTo(CaseId.of("livestream", "S-2025-001"));
    }

    @Test
    void anOverdueTakedownNoticeGivesOneCase() {
        TakedownNoticeId notice = new TakedownNoticeId("0b1f3c1e-7d0a-3e4b-9c55-2f4d8a6b1c20");
        assertThat(CaseId.forTakedown(notice)).isEqualTo(CaseId.forTakedown(notice));
        assertThat(CaseId.forTakedown(notice).toString()).hasSize(36).isNotEqualTo(notice.value());
    }

    @Test
    void caseIdsAreCanonicalUuids() {
        assertThat(CaseId.of("0B1F3C1E-7D0A-3E4B-9C55-2F4D8A6B1C20").value()).isEqualTo("0b1f3c1e-7d0a-3e4b-9c55-2f4d8a6b1c20");
        assertThatIllegalArgumentException().isThrownBy(() -> CaseId.of("case-1")).withMessage("caseId: must be a UUID, got 'case-1'");
        assertThat(CaseId.generate()).isNotEqualTo(CaseId.generate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-E1", "E 1", "证据1"})
    void rejectsMalformedEvidenceIds(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> EvidenceId.of(value)).withMessageStartingWith("evidenceId: ");
    }

    @Test
    void numbersTheEvidenceOfAnAssistanceAnswer() {
        assertThat(EvidenceId.fromAssistance(AssistanceId.of("A-1"), 2)).isEqualTo(EvidenceId.of("A-1.2"));
    }

    @Test
    void theSeriousViolationEntryIsKeyedByTheCreditCode() {
        CreditCode code = CreditCode.of("91330100716105852F");
        assertThat(SeriousViolationId.of(code).toString()).isEqualTo("91330100716105852F");
        assertThat(new SeriousViolationId(" 91330100716105852f ")).isEqualTo(SeriousViolationId.of(code));
        assertThatIllegalArgumentException().isThrownBy(() -> new SeriousViolationId("123")).withMessageStartingWith("creditCode: ");
    }
}
