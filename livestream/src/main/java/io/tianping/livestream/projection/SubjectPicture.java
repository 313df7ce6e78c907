package io.tianping.livestream.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.RegistrationOutcome;
import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the registry knows about one subject, for regulators: ID number and phone masked.
 *
 * @param subjectId       the subject
 * @param name            its latest reported name
 * @param kind            ORGANISATION or PERSON
 * @param creditCode      an organisation's credit code (public), null for a person
 * @param idNumber        a person's ID number, masked ({@code 330106********1234})
 * @param phone           the latest contact phone, masked ({@code 138****5678})
 * @param blacklist       the blacklist entry in force or last in force, null when never blacklisted
 * @param accounts        every account on every platform
 * @param measures        every measure of art. 12, oldest first
 * @param sessions        sessions in its room or that it hosted
 * @param findings        monitoring findings and where they went
 * @param refusedAttempts registrations refused (blacklist, no re-registration)
 * @param reveals         every reveal of its masked data: who, why, when
 */
public record SubjectPicture(String subjectId, String name, String kind, @Nullable String creditCode, @Nullable String idNumber,
                             @Nullable String phone, @Nullable Blacklist blacklist, List<Account> accounts, List<MeasureTaken> measures,
                             List<SessionSummary> sessions, List<Finding> findings, List<RefusedAttempt> refusedAttempts,
                             List<Reveal> reveals) {

    /**
     * A blacklist entry.
     *
     * @param until       last day of the term
     * @param active      whether it holds today
     * @param reason      facts and reasons
     * @param appealRoute how to appeal
     * @param source      the platform that blacklisted, or {@code enforcement}
     * @param county      region reported to
     * @param province    province reported to
     */
    public record Blacklist(LocalDate until, boolean active, String reason, String appealRoute, String source,
                            String county, String province) { }

    /**
     * One account.
     *
     * @param platform        the platform
     * @param account         the platform's account name
     * @param role            OPERATOR, HOST or MCN
     * @param region          where findings about it go
     * @param routing         why (art. 47)
     * @param actualAddress   an operator's actual operating address
     * @param verifiedOn      when the platform last verified it
     * @param mcnCreditCode   a host's MCN
     * @param guardianConsent a minor host's guardian consent
     * @param aiGenerated     an AI-generated host (labelled)
     * @param closed          closed by the platform
     */
    public record Account(String platform, String account, SubjectRole role, String region, Routing routing,
                          @Nullable String actualAddress, LocalDate verifiedOn, @Nullable String mcnCreditCode, boolean guardianConsent,
                          boolean aiGenerated, boolean closed) { }

    /**
     * A measure a platform took.
     *
     * @param platform    the platform (or {@code enforcement})
     * @param measure     which of art. 12
     * @param reason      why
     * @param until       end of its term, if any
     * @param appealRoute how to appeal, if given
     * @param county      the county-level region it is reported to
     * @param province    the province it is reported to as well (closure, no re-registration, blacklist), else null
     * @param at          when
     */
    public record MeasureTaken(String platform, Measure measure, String reason, @Nullable LocalDate until, @Nullable String appealRoute,
                               String county, @Nullable String province, Instant at) { }

    /**
     * A session.
     *
     * @param sessionId   the session
     * @param platform    the platform
     * @param as          OPERATOR (its room) or HOST
     * @param startedAt   when it started
     * @param products    products shown
     * @param intercepted products the listing check intercepted
     */
    public record SessionSummary(String sessionId, String platform, SubjectRole as, Instant startedAt, int products,
                                 int intercepted) { }

    /**
     * A finding.
     *
     * @param findingId   the finding
     * @param sessionId   the session it was made in, if any
     * @param kind        what kind
     * @param description what was found
     * @param region      the competent region (art. 47)
     * @param routing     why that region
     * @param at          when
     */
    public record Finding(String findingId, @Nullable String sessionId, String kind, String description, String region,
                          Routing routing, Instant at) { }

    /**
     * A refused registration.
     *
     * @param platform the platform that tried
     * @param account  the account it tried to register
     * @param role     in which role
     * @param outcome  why it was refused
     * @param at       when
     */
    public record RefusedAttempt(String platform, String account, SubjectRole role, RegistrationOutcome outcome,
                                 Instant at) { }

    /**
     * A reveal of masked data (the audit record).
     *
     * @param field    which field, as the reveal request named it ({@code idNumber} or {@code phone})
     * @param purpose  the stated purpose
     * @param by       who revealed it
     * @param byRegion their region
     * @param at       when
     */
    public record Reveal(@Schema(allowableValues = {"idNumber", "phone"}) String field, String purpose, String by, String byRegion, Instant at) { }
}
