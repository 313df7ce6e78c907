package io.tianping.livestream.domain;

import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.SubjectId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subject ids from identities: HMAC-SHA256 of the identity under a configured key, so one ID number or credit code is
 * always one subject, and an id (which appears in URLs and logs) cannot be turned back into an ID number by trying
 * the few billion plausible ones.
 */
public final class SubjectIds {

    private final SecretKeySpec key;

    public SubjectIds(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the subject id key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public SubjectId of(Identity identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(identity.key().getBytes(StandardCharsets.UTF_8));
            return new SubjectId("ls-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
