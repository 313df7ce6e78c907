package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may call, from the {@code principal} table; a revoked principal is nobody. API keys are looked up by their
 * SHA-256 and remembered for {@link #KEY_TTL}, so the listing-check path does not read the database per call; a
 * revocation on this node forgets the key at once ({@link #forget}), and another node sharing the database within
 * seconds ({@link PrincipalChanges}).
 */
@Component
class PrincipalDirectory implements UserDetailsService {

    static final Duration KEY_TTL = Duration.ofSeconds(30);

    private record Known(Actor actor, Instant until) { }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentMap<String, Known> actorsByKeyHash = new ConcurrentHashMap<>();

    PrincipalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC(); // how long a key is remembered is wall time, whatever the platform's clock says
    }

    Optional<Actor> findByApiKey(String apiKey) {
        String hash = ApiKeys.hash(apiKey);
        Known known = actorsByKeyHash.get(hash);
        if (known != null && known.until().isAfter(clock.instant())) {
            return Optional.of(known.actor());
        }
        Optional<Actor> found = jdbc.sql("""
                        select id, role, organisation, region from principal where api_key_hash = ? and revoked_at is null""")
                .param(hash)
                .query((rs, row) -> actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        found.ifPresentOrElse(actor -> actorsByKeyHash.put(hash, new Known(actor, clock.instant().plus(KEY_TTL))),
                () -> actorsByKeyHash.remove(hash));
        return found;
    }

    /** Forgets every key remembered for principal {@code id} (revoked, or its key replaced). */
    void forget(String id) {
        actorsByKeyHash.values().removeIf(known -> known.actor().id().equals(id));
    }

    /** Whether {@code id} is a person who may still sign in (not revoked): asked for every console session request. */
    boolean isActivePerson(String id) {
        return jdbc.sql("select count(*) from principal where id = ? and password_hash is not null and revoked_at is null")
                .param(id).query(Long.class).single() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        select id, role, organisation, region, password_hash from principal
                        where id = ? and password_hash is not null and revoked_at is null""")
                .param(username)
                .query((rs, row) -> new PersonDetails(
                        actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no person " + username));
    }

    private static Actor actor(String id, String role, String organisation, String region) {
        return new Actor(id, Role.valueOf(role), organisation, region == null ? null : new RegionCode(region));
    }
}
