package io.tianping.livestream.domain;

import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Sealed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data before it enters an event (AES-256-GCM, a fresh 12-byte IV each time) and opens it for a
 * recorded reveal. The key is derived from the configured secret, never stored with the events.
 */
public final class PersonalDataSeal {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public PersonalDataSeal(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("seal:" + secret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Sealed idNumber(IdNumber id) {
        return id == null ? null : new Sealed(id.masked(), seal(id.value()));
    }

    /** A phone keeps its first three and last four digits: {@code 138****5678}. */
    public Sealed phone(String phone) {
        if (phone == null) {
            return null;
        }
        String masked = phone.length() < 8 ? "*".repeat(phone.length())
                : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        return new Sealed(masked, seal(phone));
    }

    public String open(String sealed) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            byte[] iv = new byte[12];
            bytes.get(iv);
            byte[] body = new byte[bytes.remaining()];
            bytes.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed personal data cannot be opened with this key", e);
        }
    }

    private String seal(String clear) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
