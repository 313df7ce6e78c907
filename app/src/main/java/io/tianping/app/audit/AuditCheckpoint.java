package io.tianping.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * A signed checkpoint, as auditors export it to verify offline (app/README.md, "Checkpoints").
 *
 * @param id              its number; the signed text names it
 * @param madeAt          when it was made (milliseconds, as signed)
 * @param upToGlobalIndex the event store's highest global index then
 * @param headCount       how many heads it recorded
 * @param merkleRoot      hex SHA-256 Merkle root over {@code heads}, in their order
 * @param signedText      what the signature covers, rebuilt from the stored fields
 * @param signature       hex HMAC-SHA256 of {@code signedText}, keyed with the checkpoint key
 * @param keyId           names the key it was signed with (not the key)
 * @param verified        true when the heads hash to the root and the signature matches, with the key configured now
 * @param verification    what the verification found, in words
 * @param heads           the chain heads it recorded: those that changed since the checkpoint before it
 */
record AuditCheckpoint(long id, Instant madeAt, long upToGlobalIndex, int headCount, String merkleRoot,
                       String signedText, String signature, String keyId, boolean verified, String verification,
                       List<CheckpointHead> heads) {

    /** A page of checkpoints, oldest first; {@code next} is the {@code after} to ask with next time. */
    record AuditCheckpointPage(List<AuditCheckpoint> items, long next) { }
}
