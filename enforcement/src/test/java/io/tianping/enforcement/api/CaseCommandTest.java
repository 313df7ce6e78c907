package io.tianping.enforcement.api;

import io.tianping.enforcement.api.CaseCommand.AddEvidence;
import io.tianping.enforcement.api.CaseCommand.FormJointCase;
import io.tianping.enforcement.api.CaseCommand.RecordStatement;
import io.tianping.enforcement.api.CaseCommand.TransferToPolice;
import io.tianping.sharedkernel.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Set;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseCommandTest {

    private static final Instant AT = at("2025-10-22");

    @Test
    void keepsTheDigestLowerCase() {
        AddEvidence command = new AddEvidence(CASE, E1, "笔录", SHA.toUpperCase(), HANGZHOU, "王某", AT);
        assertThat(command.sha256()).isEqualTo(SHA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0800"})
    void rejectsAnythingButA64HexDigest(String digest) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddEvidence(CASE, E1, "笔录", digest, HANGZHOU, "王某", AT))
                .withMessageStartingWith("sha256: must be a SHA-256 digest of 64 hexadecimal characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EvidenceItem(digest, "进货单据"))
                .withMessageStartingWith("sha256: ");
    }

    @Test
    void namesTheMissingField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddEvidence(CASE, E1, " ", SHA, HANGZHOU, "王某", AT))
                .withMessage("description: must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AddEvidence(CASE, E1, "笔录", SHA, null, "王某", AT))
                .withMessage("suppliedByRegion: must not be null");
    }

    @Test
    void aStatementMayBeEmptyOnlyWhenAHearingIsRequested() {
        assertThat(new RecordStatement(CASE, "  ", true, AT).statement()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordStatement(CASE, " ", false, AT))
                .withMessage("statement: must not be blank unless a hearing is requested");
    }

    @Test
    void aJointCaseNeedsParticipantsOtherThanTheLead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FormJointCase(CASE, HANGZHOU, Set.of(), AT))
                .withMessageStartingWith("participants: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FormJointCase(CASE, HANGZHOU, Set.of(HANGZHOU, RegionCode.of("310000")), AT))
                .withMessage("participants: the lead region 330100 cannot also be a participant");
    }

    @Test
    void theHandOverCannotPrecedeTheDecision() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TransferToPolice(CASE, "公安局", AT, AT.minusSeconds(1)))
                .withMessageStartingWith("handedOverAt: ");
    }
}
