package io.tianping.verification.domain;

import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.TakedownNoticeId;

/**
 * The calling platform has no takedown notice with this id (HTTP 404). Also thrown when the notice belongs to
 * another platform, so a platform cannot learn which ids other platforms hold.
 */
public class TakedownNoticeNotFound extends RuntimeException {

    public TakedownNoticeNotFound(TakedownNoticeId id, PlatformId platform) {
        super("platform %s has no takedown notice %s".formatted(platform, id));
    }
}
