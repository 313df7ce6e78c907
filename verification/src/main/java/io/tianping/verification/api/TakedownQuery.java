package io.tianping.verification.api;

import io.tianping.sharedkernel.PlatformId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Questions about takedown notices. */
public sealed interface TakedownQuery {

    /** A platform's own notices after a cursor (0 = from the start), oldest first. */
    record ListTakedownNotices(PlatformId platform, long after, int limit) implements TakedownQuery {
        public static final int MAX_LIMIT = 1000;

        public ListTakedownNotices {
            if (after < 0) {
                throw new IllegalArgumentException("after: must be a cursor this feed returned, got " + after);
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit: must be between 1 and %d, got %d".formatted(MAX_LIMIT, limit));
            }
        }
    }

    /** Notices past their due time and not acknowledged, for regulators; {@code platform} null means every platform. */
    record ListOverdueTakedownNotices(PlatformId platform, Instant now) implements TakedownQuery {
    }

    /** Every notice a certificate's change of status caused, oldest first (regulators and auditors). */
    record ListCertificateTakedownNotices(CertificateNumber number) implements TakedownQuery {
    }

    /** The notices one certificate caused. */
    record CertificateTakedownNotices(CertificateNumber number, List<TakedownNoticeView> items) {
    }

    /** A notice as the platform and regulators see it. */
    record TakedownNoticeView(TakedownNoticeId id, PlatformId platform, String listingId,
                              CertificateNumber certificateNumber, TakedownReason reason, Instant issuedAt,
                              Instant dueBy, String status, @Nullable Instant acknowledgedAt, @Nullable Instant removedAt) {
    }

    /** A page of the feed; {@code next} is the cursor to ask with next time (unchanged when nothing new). */
    record TakedownNoticePage(List<TakedownNoticeView> items, long next) {
    }

    /** Overdue notices, and how many each platform has. */
    record OverdueTakedownNotices(List<PlatformOverdue> byPlatform, List<TakedownNoticeView> items) {
    }

    /** How many notices one platform has left overdue. */
    record PlatformOverdue(PlatformId platform, long overdue) {
    }
}
