package io.tianping.livestream.api;

import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a live-commerce subject. Dates are China dates the caller recorded. */
public sealed interface SubjectCommand {

    SubjectId subjectId();

    private static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": is required");
        }
    }

    /**
     * A platform reports (or updates) one of its accounts of this subject; refused and recorded while the subject is
     * blacklisted, or when the platform ordered no re-registration and the account is new.
     */
    record RegisterAccount(@TargetAggregateIdentifier SubjectId subjectId, Identity identity, Sealed sealedIdNumber, String name,
                           PlatformId platform, String account, SubjectRole role, AccountDetails details,
                           RegionCode platformDomicile, LocalDate today, Instant at) implements SubjectCommand {
        public RegisterAccount {
            required("subjectId", subjectId);
            required("identity", identity);
            if ((identity.idNumber() == null) != (sealedIdNumber == null)) {
                throw new IllegalArgumentException("sealedIdNumber: a person's ID number is sealed, an organisation has none");
            }
            name = text("name", name);
            required("platform", platform);
            account = text("account", account);
            required("role", role);
            required("details", details);
            required("today", today);
            required("at", at);
        }
    }

    /** A platform takes a measure of art. 12 against the subject; a blacklist needs a term and an appeal route. */
    record RecordMeasure(@TargetAggregateIdentifier SubjectId subjectId, PlatformId platform, Measure measure,
                         String reason, LocalDate until, String appealRoute, LocalDate today, Instant at)
            implements SubjectCommand {
        public RecordMeasure {
            required("subjectId", subjectId);
            required("platform", platform);
            required("measure", measure);
            reason = text("reason", reason);
            required("today", today);
            required("at", at);
            if (measure == Measure.BLACKLIST) {
                required("until", until);
                appealRoute = text("appealRoute", appealRoute);
                if (!until.isAfter(today)) {
                    throw new IllegalArgumentException("until: a blacklist term must end after today (" + today + ")");
                }
            }
        }
    }

    /** Blacklist the subject, creating it if the registry does not know it yet (enforcement's serious violators). */
    record BlacklistSubject(@TargetAggregateIdentifier SubjectId subjectId, Identity identity, String name,
                            String reason, LocalDate until, String appealRoute, String reference, Instant at)
            implements SubjectCommand {
        public BlacklistSubject {
            required("subjectId", subjectId);
            required("identity", identity);
            name = text("name", name);
            reason = text("reason", reason);
            required("until", until);
            appealRoute = text("appealRoute", appealRoute);
            required("at", at);
        }
    }

    /** The blacklist term is over on {@code today}: the subject leaves the blacklist (nothing when it has not ended). */
    record EndBlacklist(@TargetAggregateIdentifier SubjectId subjectId, LocalDate today, Instant at)
            implements SubjectCommand {
        public EndBlacklist {
            required("subjectId", subjectId);
            required("today", today);
            required("at", at);
        }
    }

    /** A platform reports a session of this operator's room, with the verdicts of its products' listing checks. */
    record ReportSession(@TargetAggregateIdentifier SubjectId subjectId, String sessionId, PlatformId platform,
                         List<SubjectId> hostIds, Instant startedAt, List<SessionProduct> products, LocalDate today,
                         Instant at) implements SubjectCommand {
        public ReportSession {
            required("subjectId", subjectId);
            sessionId = text("sessionId", sessionId);
            required("platform", platform);
            if (hostIds == null || hostIds.isEmpty()) {
                throw new IllegalArgumentException("hostIds: a session needs at least one host");
            }
            hostIds = List.copyOf(hostIds);
            required("startedAt", startedAt);
            products = products == null ? List.of() : List.copyOf(products);
            required("today", today);
            required("at", at);
        }
    }

    /**
     * A regulator's monitoring finding about the subject; {@code roomRegion} is where the session's room operator goes
     * (null when there is no session), which is where a host goes too.
     */
    record RecordFinding(@TargetAggregateIdentifier SubjectId subjectId, String findingId, PlatformId platform,
                         String sessionId, String kind, String description, String evidenceSha256,
                         RegionCode roomRegion, Instant at) implements SubjectCommand {
        public RecordFinding {
            required("subjectId", subjectId);
            findingId = text("findingId", findingId);
            kind = text("kind", kind);
            description = text("description", description);
            required("at", at);
        }
    }

    /** A regulator reveals a masked field for a stated purpose; answers the sealed value and leaves an audit record. */
    record RevealData(@TargetAggregateIdentifier SubjectId subjectId, RevealedField field, String purpose, Actor by,
                      Instant at) implements SubjectCommand {
        public RevealData {
            required("subjectId", subjectId);
            required("field", field);
            purpose = text("purpose", purpose);
            required("by", by);
            required("at", at);
        }
    }

    /** The operator reported a change on {@code reportedOn} (due within 3 WD of {@code changedOn}; art. 15). */
    record ReportChange(@TargetAggregateIdentifier SubjectId subjectId, PlatformId platform, String account,
                        LocalDate changedOn, LocalDate reportedOn, String description, Instant at)
            implements SubjectCommand {
        public ReportChange {
            required("subjectId", subjectId);
            required("platform", platform);
            account = text("account", account);
            required("changedOn", changedOn);
            required("reportedOn", reportedOn);
            if (reportedOn.isBefore(changedOn)) {
                throw new IllegalArgumentException("reportedOn: must not be before changedOn");
            }
            description = text("description", description);
            required("at", at);
        }
    }

    /** The platform (re-)verified the account on {@code verifiedOn}: the next re-verification is due in 6 months. */
    record RecordVerification(@TargetAggregateIdentifier SubjectId subjectId, PlatformId platform, String account,
                              LocalDate verifiedOn, Instant at) implements SubjectCommand {
        public RecordVerification {
            required("subjectId", subjectId);
            required("platform", platform);
            account = text("account", account);
            required("verifiedOn", verifiedOn);
            required("at", at);
        }
    }

    /** A bureau could not reach the operator on {@code notedOn}: its platforms remind it within 5 WD (art. 22). */
    record NoteUnreachable(@TargetAggregateIdentifier SubjectId subjectId, LocalDate notedOn, RegionCode byRegion,
                           Instant at) implements SubjectCommand {
        public NoteUnreachable {
            required("subjectId", subjectId);
            required("notedOn", notedOn);
            required("at", at);
        }
    }

    /** The platform reminded the unreachable operator on {@code remindedOn}. */
    record RecordReminder(@TargetAggregateIdentifier SubjectId subjectId, PlatformId platform, String account,
                          LocalDate remindedOn, Instant at) implements SubjectCommand {
        public RecordReminder {
            required("subjectId", subjectId);
            required("platform", platform);
            account = text("account", account);
            required("remindedOn", remindedOn);
            required("at", at);
        }
    }
}
