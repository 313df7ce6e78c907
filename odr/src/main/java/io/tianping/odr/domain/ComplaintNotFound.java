package io.tianping.odr.domain;

import io.tianping.odr.api.ComplaintId;

/** The complaint is not one the calling enterprise may see: answered as 404, exactly like a missing one. */
public class ComplaintNotFound extends RuntimeException {

    public ComplaintNotFound(ComplaintId id) {
        super("No complaint " + id + " against your enterprise");
    }
}
