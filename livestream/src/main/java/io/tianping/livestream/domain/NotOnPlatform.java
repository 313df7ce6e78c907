package io.tianping.livestream.domain;

/** The subject has no account on the calling platform: answered like an unknown subject (HTTP 404). */
public class NotOnPlatform extends RuntimeException {

    public NotOnPlatform(String message) {
        super(message);
    }
}
