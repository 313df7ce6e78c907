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

    /** The vector app/README.md's offline verifier (Python) was checked against. */
    @Test
    void theDocumentedOfflineVerifierAgrees() {
        String root = MerkleRoot.of(List.of(A, B, C));
        assertThat(root).isEqualTo("ee034d445a0dbc5425f006e23f1583708b3a43d5f79e677d59747f6010ae25bc");
        String text = CheckpointText.of(7, java.time.Instant.parse("2026-11-30T20:00:00.120Z"), 42, 3, root);
        assertThat(text).isEqualTo("tianping-checkpoint-v1\nid=7\nmadeAt=2026-11-30T20:00:00.120Z\nupToGlobalIndex=42\n"
                + "heads=3\nroot=" + root + "\n");
        var key = new CheckpointKey("offline-key", "", java.nio.file.Path.of("unused"));
        assertThat(key.sign(text)).isEqualTo("858c4220f682b182b36fd0789ac726a5c79b25a2bebfbb84bebb1138645f4e87");
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
