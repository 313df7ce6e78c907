package io.tianping.livestream.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * What happened to a live-commerce subject. Stored in the event store (hash-chained per subject): never rename or
 * move one without an upcaster. Personal data (ID numbers, phones) is kept only {@link Sealed}: masked, and encrypted for a recorded reveal.
 */
public sealed interface SubjectEvent {

    SubjectId subjectId();

    /**
     * A platform registered (or updated) an account of the subject; {@code region} is where findings about it go
     * (art. 47) and {@code routing} why.
     */
    @Revision("1")
    record AccountRegistered(SubjectId subjectId, CreditCode creditCode, Sealed idNumber, RegionCode domicile,
                             String name, PlatformId platform, String account, SubjectRole role, Address actualAddress,
                             Sealed phone, List<String> licences, LocalDate verifiedOn, LocalDate birthDate,
                             String residence, CreditCode mcnCreditCode, boolean guardianConsent, boolean aiGenerated,
                             RegionCode region, Routing routing, Instant at) implements SubjectEvent {
    }

    /** A registration was refused (blacklist, or no re-registration); regulators see the attempt. */
    @Revision("1")
    record RegistrationRefused(SubjectId subjectId, CreditCode creditCode, Sealed idNumber, RegionCode domicile, String name,
                               PlatformId platform, String account, SubjectRole role, RegistrationOutcome outcome,
                               LocalDate blacklistedUntil, Instant at) implements SubjectEvent {
    }

    /**
     * A platform took a measure of art. 12; {@code province} is set for the measures reported to the province as
     * well as to the {@code county}.
     */
    @Revision("1")
    record MeasureRecorded(SubjectId subjectId, PlatformId platform, Measure measure, String reason, LocalDate until,
                           String appealRoute, RegionCode county, RegionCode province, Instant at)
            implements SubjectEvent {
    }

    /** Blacklisted on enforcement's word (serious-violation list), across every platform. */
    @Revision("1")
    record SubjectBlacklisted(SubjectId subjectId, CreditCode creditCode, String name,
                              String reason, LocalDate until, String appealRoute, String reference, RegionCode county,
                              RegionCode province, Instant at) implements SubjectEvent {
    }

    /** The blacklist term ended on {@code until}; the subject may register again. */
    @Revision("1")
    record BlacklistEnded(SubjectId subjectId, LocalDate until, Instant at) implements SubjectEvent {
    }

    /** A session in the subject's room, with its hosts and the products shown (each checked like a listing). */
    @Revision("1")
    record SessionReported(SubjectId subjectId, String sessionId, PlatformId platform, String account,
                           List<SubjectId> hostIds, Instant startedAt, List<SessionProduct> products, Instant at)
            implements SubjectEvent {
    }

    /**
     * A monitoring finding, routed to {@code region} by art. 47 ({@code routing} says why); it becomes an enforcement
     * clue there. {@code partyCreditCode} is null for a person.
     */
    @Revision("1")
    record FindingRecorded(SubjectId subjectId, String findingId, String partyName, CreditCode partyCreditCode,
                           PlatformId platform, String sessionId, String kind, String description,
                           String evidenceSha256, RegionCode region, Routing routing, Instant at)
            implements SubjectEvent {
    }

    /** A regulator revealed a masked field, for the stated purpose (the audit record of the reveal). */
    @Revision("1")
    record DataRevealed(SubjectId subjectId, RevealedField field, String purpose, String by, RegionCode byRegion,
                        Instant at) implements SubjectEvent {
    }

    /** The operator reported a change; the platform verifies it by {@code verificationDueOn} (7 WD). */
    @Revision("1")
    record ChangeReported(SubjectId subjectId, PlatformId platform, String account, LocalDate changedOn,
                          LocalDate reportedOn, boolean reportedLate, LocalDate verificationDueOn, String description,
                          Instant at) implements SubjectEvent {
    }

    /** The platform verified the account; the next re-verification is due on {@code nextDueOn}. */
    @Revision("1")
    record AccountVerified(SubjectId subjectId, PlatformId platform, String account, LocalDate verifiedOn,
                           LocalDate nextDueOn, Instant at) implements SubjectEvent {
    }

    /** A bureau could not reach the operator; its platforms remind it by {@code reminderDueOn} (5 WD). */
    @Revision("1")
    record OperatorUnreachable(SubjectId subjectId, LocalDate notedOn, LocalDate reminderDueOn, RegionCode byRegion,
                               Instant at) implements SubjectEvent {
    }

    /** The platform reminded the unreachable operator. */
    @Revision("1")
    record ReminderSent(SubjectId subjectId, PlatformId platform, String account, LocalDate remindedOn, Instant at)
            implements SubjectEvent {
    }
}
