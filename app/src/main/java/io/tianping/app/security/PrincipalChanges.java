package io.tianping.app.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several nodes, a principal revoked (or given a new key) on one node is forgotten by the caches of every other
 * within {@code tianping.principals.follow} (2 s): each node reads the principals changed since it last looked
 * ({@code principal.changed_at}) and forgets their remembered keys and passwords. Looks back a few seconds more than
 * needed, since a transaction that committed late may carry an earlier time; forgetting twice costs nothing.
 */
@Component
class PrincipalChanges {

    private static final Logger log = LoggerFactory.getLogger(PrincipalChanges.class);
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final PrincipalDirectory keys;
    private final PasswordCache passwords;
    private Instant since = Instant.EPOCH.plus(OVERLAP); // the first round forgets every principal ever changed: the caches are young anyway

    PrincipalChanges(JdbcClient jdbc, PrincipalDirectory keys, PasswordCache passwords) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.passwords = passwords;
    }

    @Scheduled(fixedDelayString = "${tianping.principals.follow:PT2S}", initialDelayString = "${tianping.principals.follow:PT2S}")
    void forgetChanged() {
        try {
            Instant now = jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
            jdbc.sql("select id from principal where changed_at > ?").param(Timestamp.from(since.minus(OVERLAP)))
                    .query(String.class).list().forEach(id -> {
                        keys.forget(id);
                        passwords.forget(id);
                    });
            since = now;
        } catch (RuntimeException e) { // the database is away; the next round looks back far enough
            log.debug("Principal changes not read: {}", e.toString());
        }
    }
}
