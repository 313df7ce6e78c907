package io.tianping.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's superuser password: made on the first start (32 random bytes, URL-safe Base64) and kept in
 * {@value #FILE} in the data directory, readable by its owner only, so no other local user or process gets in.
 */
final class DatabasePassword {

    static final String FILE = "postgres.password";

    private DatabasePassword() {
    }

    /** The password kept in {@code dataDir}, made and written there first if there is none yet. */
    static String in(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Path fresh = Files.createTempFile(dataDir, FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(fresh, password, StandardCharsets.US_ASCII);
            Files.move(fresh, file); // whole or not at all: a crash never leaves half a password
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: delete it only together with the database in " + dataDir);
        }
        return password;
    }
}
