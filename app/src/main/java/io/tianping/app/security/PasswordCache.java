package io.tianping.app.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic without bcrypt on every request: a name and password that bcrypt accepted are remembered for
 * {@link #TTL}, keyed by an HMAC under a key made at start (neither the password nor a plain hash of it is kept), so
 * the next request with the same credentials costs a hash instead of 130–200 ms. Revoking a person or changing
 * their password forgets them at once ({@link #forget}).
 */
final class PasswordCache implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);

    private record Remembered(String user, Authentication authentication, Instant until) { }

    private final AuthenticationProvider bcrypt;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    PasswordCache(AuthenticationProvider bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        String fingerprint = fingerprint(user, String.valueOf(request.getCredentials()));
        Remembered known = remembered.get(fingerprint);
        if (known != null && known.until().isAfter(clock.instant())) {
            return known.authentication();
        }
        Authentication authenticated = bcrypt.authenticate(request); // throws on a wrong password: nothing remembered
        if (authenticated != null && authenticated.isAuthenticated()) {
            remembered.put(fingerprint, new Remembered(user, authenticated, clock.instant().plus(TTL)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Forgets every remembered login of {@code user}: the next request goes to bcrypt and the table again. */
    void forget(String user) {
        remembered.values().removeIf(entry -> entry.user().equals(user));
    }

    private String fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
