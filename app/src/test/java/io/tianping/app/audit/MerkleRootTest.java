package io.tianping.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root an auditor recomputes offline, by the rule app/README.md states. */
class MerkleRootTest {

    private static final CheckpointHead A = new CheckpointHead("Certificate", "2025010717000001", 2, "a".repeat(64));
    private static final CheckpointHead B = new CheckpointHead("Certificate", "2025010717000002", 0, "b".repeat(64));
    private static final CheckpointHead C = new CheckpointHead("Listing", "platform-a:L-1", 5, "c".repeat(64));

    @Test
    void oneHeadIsItsOwnLeaf() throws Exception {
        assertThat(MerkleRoot.of(List.of(A))).isEqualTo(hex(leaf(A)));
    }

    @Test
    void pairsAreHashedAndAnOddOneMovesUp() throws Exception {
        byte[] ab = node(leaf(A), leaf(B));
        assertThat(MerkleRoot.of(List.of(A, B, C))).isEqualTo(hex(node(ab, leaf(C))));
        assertThat(MerkleRoot.of(List.of(B, A, C))).as("order matters").isNotEqualTo(MerkleRoot.of(List.of(A, B, C)));
    }

    @Test
    void anyChangeOfAHeadChangesTheRoot() {
        var moved = new CheckpointHead(A.aggregateType(), A.aggregateId(), 3, A.headHash());
        assertThat(MerkleRoot.of(List.of(moved, B))).isNotEqualTo(MerkleRoot.of(List.of(A, B)));
        assertThatThrownBy(() -> MerkleRoot.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] leaf(CheckpointHead head) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update((byte) 0);
        digest.update((head.aggregateType() + "\n" + head.aggregateId() + "\n" + head.lastSequence() + "\n"
                + head.headHash()).getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    private static byte[] node(byte[] left, byte[] right) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update((byte) 1);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
