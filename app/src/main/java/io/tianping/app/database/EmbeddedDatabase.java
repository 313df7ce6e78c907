package io.tianping.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;

/**
 * The embedded PostgreSQL server as started, with the password it demands.
 *
 * @param server   the running server
 * @param password the superuser's password, as kept in {@code postgres.password}
 */
public record EmbeddedDatabase(EmbeddedPostgres server, String password) implements Closeable {

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[port=%d]".formatted(port()); // never the password
    }
}
