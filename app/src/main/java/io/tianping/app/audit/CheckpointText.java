package io.tianping.app.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What a checkpoint's signature covers, one {@code name=value} a line (app/README.md shows how to verify it). */
final class CheckpointText {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CheckpointText() {
    }

    static String of(long id, Instant madeAt, long upToGlobalIndex, int headCount, String merkleRoot) {
        return "tianping-checkpoint-v1\nid=%d\nmadeAt=%s\nupToGlobalIndex=%d\nheads=%d\nroot=%s\n"
                .formatted(id, MILLIS.format(madeAt), upToGlobalIndex, headCount, merkleRoot);
    }
}
