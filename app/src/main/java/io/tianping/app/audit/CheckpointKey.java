package io.tianping.app.audit;

import io.tianping.app.database.DatabasePassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key checkpoints are signed with: {@code tianping.checkpoints.key}; in the default run (embedded database) without
 * one, a key made on the first start and kept owner-only in {@code $TIANPING_DATA_DIR/checkpoints.key}, like the
 * database password. With a database of one's own and no key, there is none: the platform runs without checkpoints
 * and its health says so ({@link CheckpointsHealthIndicator}), since a key made up per node would not verify on others.
 */
@Component
class CheckpointKey {

    static final String FILE_NAME = "checkpoints.key";
    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);

    private final byte[] key;
    private final String source;

    CheckpointKey(@Value("${tianping.checkpoints.key:}") String configured,
                  @Value("${spring.datasource.url:}") String databaseUrl,
                  @Value("${tianping.data-dir}") Path dataDir) {
        if (!configured.isBlank()) {
            this.key = configured.strip().getBytes(StandardCharsets.UTF_8);
            this.source = "tianping.checkpoints.key";
        } else if (databaseUrl.isBlank()) {
            this.key = kept(dataDir.resolve(FILE_NAME)).getBytes(StandardCharsets.UTF_8);
            this.source = dataDir.resolve(FILE_NAME).toString();
        } else {
            this.key = null;
            this.source = null;
            log.warn("No tianping.checkpoints.key configured: the platform runs WITHOUT signed checkpoints, so deleting "
                    + "the last events of an aggregate would go unseen (health component 'checkpoints' is DEGRADED)");
        }
    }

    boolean present() {
        return key != null;
    }

    /** Where the key came from: the property or the file; empty when there is none. */
    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** Hex HMAC-SHA256 of the text; only when {@link #present()}. */
    String sign(String text) {
        if (key == null) {
            throw new IllegalStateException("no checkpoint key is configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** Names the key without revealing it: the first 16 hex digits of the HMAC of a fixed text. */
    String id() {
        return sign("tianping-checkpoint-key-id").substring(0, 16);
    }

    private static String kept(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Optional<String> kept = DatabasePassword.read(file);
            return kept.isPresent() ? kept.get() : DatabasePassword.create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the checkpoint key in " + file, e);
        }
    }
}
