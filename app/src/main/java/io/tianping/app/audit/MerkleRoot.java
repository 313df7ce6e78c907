package io.tianping.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One hash over a checkpoint's heads, in their order: each head's leaf is SHA-256 of a 0x00 byte and the UTF-8 of
 * {@code type \n id \n lastSequence \n headHash}; each inner node SHA-256 of a 0x01 byte and its two children's
 * digests; a node without a partner moves up a level as it is. The prefixes keep a leaf from passing for a node.
 */
final class MerkleRoot {

    private MerkleRoot() {
    }

    static String of(List<CheckpointHead> heads) {
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("a checkpoint has at least one head");
        }
        List<byte[]> level = new ArrayList<>(heads.size());
        for (CheckpointHead head : heads) {
            String line = head.aggregateType() + "\n" + head.aggregateId() + "\n" + head.lastSequence() + "\n" + head.headHash();
            level.add(sha256((byte) 0, line.getBytes(StandardCharsets.UTF_8)));
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? sha256((byte) 1, level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = up;
        }
        return HexFormat.of().formatHex(level.getFirst());
    }

    private static byte[] sha256(byte prefix, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
