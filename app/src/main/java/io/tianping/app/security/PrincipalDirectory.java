package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may call, from the {@code principal} table. API keys are looked up by their SHA-256 and remembered, so the
 * listing-check path does not read the database per call.
 */
@Component
class PrincipalDirectory implements UserDetailsService {

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, Actor> actorsByKeyHash = new ConcurrentHashMap<>();

    PrincipalDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Actor> findByApiKey(String apiKey) {
        String hash = ApiKeys.hash(apiKey);
        Actor known = actorsByKeyHash.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Actor> found = jdbc.sql("select id, role, organisation, region from principal where api_key_hash = ?")
                .param(hash)
                .query((rs, row) -> actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        found.ifPresent(actor -> actorsByKeyHash.put(hash, actor));
        return found;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select id, role, organisation, region, password_hash from principal where id = ? and password_hash is not null")
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
