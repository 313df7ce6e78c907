package io.tianping.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** bcrypt once per person and password, not once per request; never for a wrong password; again after forgetting. */
class PasswordCacheTest {

    private final AtomicInteger bcryptCalls = new AtomicInteger();
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            bcryptCalls.incrementAndGet();
            if (!"right password".equals(request.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_REGULATOR")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private Instant now = Instant.parse("2026-11-30T08:00:00Z");
    private final PasswordCache cache = new PasswordCache(bcrypt, new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void checksAPasswordWithBcryptOnceAndThenRemembersIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(cache.authenticate(login("right password")).isAuthenticated()).isTrue();
        }
        assertThat(bcryptCalls).hasValue(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        assertThat(cache.authenticate(login("right password")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> cache.authenticate(login("wrong password"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("wrong password"))).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptCalls).hasValue(3);
    }

    @Test
    void asksBcryptAgainAfterForgettingOrOnceTheTimeIsUp() {
        cache.authenticate(login("right password"));
        cache.forget("regulator-hz");
        cache.authenticate(login("right password"));
        now = now.plus(PasswordCache.TTL).plusSeconds(1);
        cache.authenticate(login("right password"));
        assertThat(bcryptCalls).hasValue(3);
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("regulator-hz", password);
    }
}
