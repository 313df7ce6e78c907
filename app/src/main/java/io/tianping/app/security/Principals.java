package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, lists and revokes who may call, for admins ({@link PrincipalsController}): organisations get an API key made
 * here and shown once (only its SHA-256 is kept), people a password kept as bcrypt. A revocation or a new key takes
 * effect on the next request: the remembered keys and logins of that principal are forgotten at once.
 */
@Component
class Principals {

    private static final Logger log = LoggerFactory.getLogger(Principals.class);
    private static final String VIEW_COLUMNS =
            "id, role, display_name, organisation, region, api_key_hash is not null, created_at, revoked_at";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PrincipalDirectory directory;
    private final PasswordCache logins;

    Principals(JdbcClient jdbc, PasswordEncoder passwords, PrincipalDirectory directory, PasswordCache logins) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.directory = directory;
        this.logins = logins;
    }

    /** The new organisation's API key, shown this once; a taken id is refused. */
    @Transactional
    String addOrganisation(PrincipalRequests.NewOrganisation organisation, Actor admin) {
        String apiKey = newApiKey();
        insertOnce(organisation.id(), """
                insert into principal (id, role, display_name, organisation, region, api_key_hash)
                values (:id, :role, :name, :organisation, :region, :secret) on conflict (id) do nothing""",
                organisation.role().name(), organisation.displayName(), organisation.organisation(),
                organisation.region(), ApiKeys.hash(apiKey));
        log.info("Principal {} ({}) added by {}", organisation.id(), organisation.role(), admin.id());
        return apiKey;
    }

    @Transactional
    void addPerson(PrincipalRequests.NewPerson person, Actor admin) {
        insertOnce(person.id(), """
                insert into principal (id, role, display_name, organisation, region, password_hash)
                values (:id, :role, :name, :organisation, :region, :secret) on conflict (id) do nothing""",
                person.role().name(), person.displayName(), null, person.region(), passwords.encode(person.password()));
        log.info("Principal {} ({}) added by {}", person.id(), person.role(), admin.id());
    }

    /** A new API key for organisation {@code id}; the old one stops working at once. */
    @Transactional
    String replaceApiKey(String id, Actor admin) {
        String apiKey = newApiKey();
        int changed = jdbc.sql("update principal set api_key_hash = ?, changed_at = now() where id = ? and api_key_hash is not null and revoked_at is null")
                .params(ApiKeys.hash(apiKey), id).update();
        if (changed == 0) {
            throw new PrincipalNotFound(id);
        }
        directory.forget(id);
        log.info("API key of {} replaced by {}", id, admin.id());
        return apiKey;
    }

    @Transactional
    void revoke(String id, Actor admin) {
        if (id.equals(admin.id())) {
            throw new PrincipalRuleViolated("An admin cannot revoke themselves; another admin can.");
        }
        int changed = jdbc.sql("update principal set revoked_at = now(), changed_at = now() where id = ? and revoked_at is null").param(id).update();
        if (changed == 0) {
            throw new PrincipalNotFound(id);
        }
        directory.forget(id);
        logins.forget(id);
        log.info("Principal {} revoked by {}", id, admin.id());
    }

    List<PrincipalView> list() {
        return jdbc.sql("select " + VIEW_COLUMNS + " from principal order by id").query(this::view).list();
    }

    Optional<PrincipalView> find(String id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from principal where id = ?").param(id).query(this::view).optional();
    }

    private PrincipalView view(ResultSet rs, int row) throws SQLException {
        return new PrincipalView(rs.getString(1), rs.getBoolean(6) ? "ORGANISATION" : "PERSON",
                Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant());
    }

    private void insertOnce(String id, String sql, String role, String name, String organisation, String region,
                            String secret) {
        int inserted = jdbc.sql(sql).param("id", id).param("role", role).param("name", name)
                .param("organisation", organisation).param("region", region).param("secret", secret).update();
        if (inserted == 0) {
            throw new PrincipalRuleViolated("A principal with id %s exists already (ids are never reused)".formatted(id));
        }
    }

    private static String newApiKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return "tp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
