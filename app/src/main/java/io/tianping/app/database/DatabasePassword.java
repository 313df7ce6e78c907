package io.tianping.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's superuser password, in {@code postgres.password} next to its data directory. zonky's
 * default, {@code trust}, lets every local user and process in as superuser; a password that only the owner of the
 * data directory can read closes that door without asking the user to choose one. The audit checkpoints' key of the
 * default run is kept the same way ({@code checkpoints.key}).
 */
public final class DatabasePassword {

    static final String FILE_NAME = "postgres.password";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {}

    /** The kept password; empty when there is no file or a blank one, which a new password then replaces. */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by others: made it owner-only (rw-------)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        return Optional.of(Files.readString(file).strip()).filter(password -> !password.isEmpty());
    }

    /**
     * Generates 32 url-safe characters (192 random bits) and keeps them in {@code file}. The file is created owner-only
     * before the secret is written, under a temporary name and then renamed, so neither another user nor a crash in
     * between ever sees a readable or half-written password.
     */
    public static String create(Path file) throws IOException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path draft = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(draft);
        if (isPosix(file.toAbsolutePath().getParent())) {
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(draft);
        }
        Files.writeString(draft, password + "\n");
        Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
