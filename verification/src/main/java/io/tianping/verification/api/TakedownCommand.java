package io.tianping.verification.api;

import static io.tianping.sharedkernel.Fields.required;

import io.tianping.sharedkernel.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What can be done to a takedown notice: the notice a platform gets when a certificate one of its listings is
 * bound to leaves VALID.
 */
public sealed interface TakedownCommand {

    TakedownNoticeId id();

    /**
     * Tell the listing's platform to take the listing down by {@code dueBy}. Issuing an id that exists changes nothing.
     *
     * @param reason the status the certificate left VALID for, or RECALLED
     */
    record IssueTakedownNotice(@TargetAggregateIdentifier TakedownNoticeId id, ListingKey listing,
                               CertificateNumber certificateNumber, TakedownReason reason, Instant issuedAt,
                               Instant dueBy) implements TakedownCommand {

        public IssueTakedownNotice {
            required("id", id);
            required("listing", listing);
            required("certificateNumber", certificateNumber);
            required("reason", reason);
            required("issuedAt", issuedAt);
            required("dueBy", dueBy);
            if (!dueBy.isAfter(issuedAt)) {
                throw new IllegalArgumentException("dueBy: %s must be after issuedAt %s".formatted(dueBy, issuedAt));
            }
        }
    }

    /**
     * The platform says it removed the listing at {@code removedAt}. Only the notice's own platform may; for any
     * other the notice does not exist. Acknowledging again changes nothing.
     */
    record AcknowledgeTakedown(@TargetAggregateIdentifier TakedownNoticeId id, PlatformId platform, Instant removedAt)
            implements TakedownCommand {

        public AcknowledgeTakedown {
            required("id", id);
            required("platform", platform);
            required("removedAt", removedAt);
        }
    }

    /** The deadline passed at {@code at}: an unacknowledged notice due by then becomes overdue; otherwise nothing changes. */
    record MarkTakedownOverdue(@TargetAggregateIdentifier TakedownNoticeId id, Instant at) implements TakedownCommand {

        public MarkTakedownOverdue {
            required("id", id);
            required("at", at);
        }
    }
}
