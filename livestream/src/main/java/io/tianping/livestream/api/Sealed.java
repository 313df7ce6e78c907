package io.tianping.livestream.api;

/**
 * Personal data (an ID number, a phone) as events keep it: masked for every reader, and sealed (AES-GCM under a key
 * kept outside the event store) for a regulator's recorded reveal. Neither the store nor the audit trail holds it in
 * clear.
 *
 * @param masked what answers show, e.g. {@code 330106********1234}, {@code 138****5678}
 * @param sealed the encrypted value, Base64
 */
public record Sealed(String masked, String sealed) {

    public Sealed {
        if (masked == null || sealed == null) {
            throw new IllegalArgumentException("masked and sealed: must not be null");
        }
    }
}
