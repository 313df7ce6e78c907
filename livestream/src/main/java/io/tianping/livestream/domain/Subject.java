package io.tianping.livestream.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.Sealed;
import io.tianping.livestream.api.RegistrationOutcome;
import io.tianping.livestream.api.RevealedField;
import io.tianping.livestream.api.SessionProduct;
import io.tianping.livestream.api.SubjectCommand.BlacklistSubject;
import io.tianping.livestream.api.SubjectCommand.EndBlacklist;
import io.tianping.livestream.api.SubjectCommand.NoteUnreachable;
import io.tianping.livestream.api.SubjectCommand.RecordFinding;
import io.tianping.livestream.api.SubjectCommand.RecordMeasure;
import io.tianping.livestream.api.SubjectCommand.RecordReminder;
import io.tianping.livestream.api.SubjectCommand.RecordVerification;
import io.tianping.livestream.api.SubjectCommand.RegisterAccount;
import io.tianping.livestream.api.SubjectCommand.ReportChange;
import io.tianping.livestream.api.SubjectCommand.ReportSession;
import io.tianping.livestream.api.SubjectCommand.RevealData;
import io.tianping.livestream.api.SubjectEvent.AccountRegistered;
import io.tianping.livestream.api.SubjectEvent.AccountVerified;
import io.tianping.livestream.api.SubjectEvent.BlacklistEnded;
import io.tianping.livestream.api.SubjectEvent.ChangeReported;
import io.tianping.livestream.api.SubjectEvent.DataRevealed;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectEvent.MeasureRecorded;
import io.tianping.livestream.api.SubjectEvent.OperatorUnreachable;
import io.tianping.livestream.api.SubjectEvent.RegistrationRefused;
import io.tianping.livestream.api.SubjectEvent.ReminderSent;
import io.tianping.livestream.api.SubjectEvent.SessionReported;
import io.tianping.livestream.api.SubjectEvent.SubjectBlacklisted;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.domain.JurisdictionPolicy.Competent;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.verification.api.Verdict;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One person or organisation in live commerce, across every account and platform: its accounts, the measures taken
 * against it, the blacklist, its sessions and findings, and every reveal of its personal data.
 */
@Aggregate
class Subject {

    @AggregateIdentifier
    private SubjectId id;
    private io.tianping.sharedkernel.CreditCode creditCode;
    private Sealed idNumber;
    private RegionCode domicile;
    private String name;
    private final Map<String, Accounts.Account> accounts = new LinkedHashMap<>();
    private final Set<PlatformId> noReregistration = new HashSet<>();
    private LocalDate blacklistedUntil;
    private Sealed phone;

    Subject() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    RegistrationOutcome handle(RegisterAccount c) {
        boolean known = accounts.containsKey(Accounts.key(c.platform(), c.account(), c.role()));
        RegistrationOutcome refusal = blacklisted(c.today()) ? RegistrationOutcome.REFUSED_BLACKLISTED
                : noReregistration.contains(c.platform()) && !known ? RegistrationOutcome.REFUSED_NO_REREGISTRATION : null;
        if (refusal != null) {
            apply(new RegistrationRefused(c.subjectId(), c.identity().creditCode(), c.sealedIdNumber(),
                    c.identity().domicile(), c.name(),
                    c.platform(), c.account(), c.role(), refusal, blacklistedUntil, c.at()));
            return refusal;
        }
        var d = c.details();
        Competent competent = JurisdictionPolicy.forAccount(c.role(), c.identity(), d.actualAddress(), c.platformDomicile());
        apply(new AccountRegistered(c.subjectId(), c.identity().creditCode(), c.sealedIdNumber(),
                c.identity().domicile(), c.name(),
                c.platform(), c.account(), c.role(), d.actualAddress(), d.phone(), d.licences(), d.verifiedOn(),
                d.birthDate(), d.residence(), d.mcnCreditCode(), d.guardianConsent(), d.aiGenerated(),
                competent.region(), competent.routing(), c.at()));
        return RegistrationOutcome.REGISTERED;
    }

    @CommandHandler
    MeasureRecorded handle(RecordMeasure c) {
        Accounts.Account account = Accounts.onPlatform(accounts, id, c.platform(), null);
        var recorded = new MeasureRecorded(id, c.platform(), c.measure(), c.reason(), c.until(), c.appealRoute(),
                account.region(), c.measure().reportedToProvince() ? account.region().province() : null, c.at());
        apply(recorded);
        return recorded;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BlacklistSubject c) {
        if (blacklistedUntil != null && !blacklistedUntil.isBefore(c.until())) {
            return; // already blacklisted at least as long
        }
        Competent home = JurisdictionPolicy.forAccount(SubjectRole.OPERATOR, c.identity(), null, null);
        apply(new SubjectBlacklisted(c.subjectId(), c.identity().creditCode(), name == null ? c.name() : name,
                c.reason(), c.until(), c.appealRoute(), c.reference(), home.region(),
                home.region().province(), c.at()));
    }

    @CommandHandler
    void handle(EndBlacklist c) {
        if (blacklistedUntil != null && c.today().isAfter(blacklistedUntil)) {
            apply(new BlacklistEnded(id, blacklistedUntil, c.at()));
        }
    }

    @CommandHandler
    void handle(ReportSession c) {
        Accounts.Account room = Accounts.onPlatform(accounts, id, c.platform(), SubjectRole.OPERATOR);
        if (blacklisted(c.today())) {
            throw new LivestreamRuleViolated("subject %s is blacklisted until %s: its room may not broadcast"
                    .formatted(id, blacklistedUntil));
        }
        if (room.closed()) {
            throw new LivestreamRuleViolated("account %s on %s is closed".formatted(room.account(), c.platform()));
        }
        apply(new SessionReported(id, c.sessionId(), c.platform(), room.account(), c.hostIds(), c.startedAt(),
                c.products(), c.at()));
        for (SessionProduct product : c.products()) {
            if (product.verdict() == Verdict.INTERCEPT) {
                apply(new FindingRecorded(id, c.sessionId() + ":" + product.listingId(), name, creditCode(),
                        c.platform(), c.sessionId(), "PRODUCT_INTERCEPTED",
                        "直播间展示的商品 %s（型号 %s）未通过 CCC 核验：%s".formatted(product.listingId(), product.model(),
                                product.reasons()), null, room.region(), room.routing(), c.at()));
            }
        }
    }

    @CommandHandler
    FindingRecorded handle(RecordFinding c) {
        Accounts.Account account = accounts.isEmpty() ? null
                : Accounts.onPlatform(accounts, id, c.platform(), null);
        Competent competent;
        if (c.roomRegion() != null) {
            competent = JurisdictionPolicy.forHostInRoom(c.roomRegion());
        } else if (account != null) {
            competent = new Competent(account.region(), account.routing());
        } else {
            competent = new Competent(domicile == null ? RegionCode.COUNTRY : domicile, Routing.REGISTERED_DOMICILE);
        }
        var recorded = new FindingRecorded(id, c.findingId(), name, creditCode(),
                account == null ? null : account.platform(), c.sessionId(), c.kind(), c.description(),
                c.evidenceSha256(), competent.region(), competent.routing(), c.at());
        apply(recorded);
        return recorded;
    }

    /** Answers the sealed value (the caller opens it); the reveal is recorded before anyone sees it. */
    @CommandHandler
    String handle(RevealData c) {
        Sealed value = switch (c.field()) {
            case ID_NUMBER -> idNumber;
            case PHONE -> phone;
        };
        if (value == null) {
            throw new LivestreamRuleViolated("subject %s has no %s to reveal".formatted(id,
                    c.field() == RevealedField.ID_NUMBER ? "ID number (an organisation)" : "phone"));
        }
        apply(new DataRevealed(id, c.field(), c.purpose(), c.by().id(), c.by().region(), c.at()));
        return value.sealed();
    }

    @CommandHandler
    void handle(ReportChange c) {
        Accounts.require(accounts, id, c.platform(), c.account());
        apply(new ChangeReported(id, c.platform(), c.account(), c.changedOn(), c.reportedOn(),
                c.reportedOn().isAfter(SubjectClocks.changeReportDue(c.changedOn())),
                SubjectClocks.changeVerificationDue(c.reportedOn()), c.description(), c.at()));
    }

    @CommandHandler
    void handle(RecordVerification c) {
        Accounts.require(accounts, id, c.platform(), c.account());
        apply(new AccountVerified(id, c.platform(), c.account(), c.verifiedOn(),
                SubjectClocks.reverificationDue(c.verifiedOn()), c.at()));
    }

    @CommandHandler
    void handle(NoteUnreachable c) {
        if (accounts.values().stream().noneMatch(a -> a.role() == SubjectRole.OPERATOR)) {
            throw new LivestreamRuleViolated("subject %s runs no room: only operators are reminded".formatted(id));
        }
        apply(new OperatorUnreachable(id, c.notedOn(), SubjectClocks.reminderDue(c.notedOn()), c.byRegion(), c.at()));
    }

    @CommandHandler
    void handle(RecordReminder c) {
        Accounts.require(accounts, id, c.platform(), c.account());
        apply(new ReminderSent(id, c.platform(), c.account(), c.remindedOn(), c.at()));
    }

    private boolean blacklisted(LocalDate today) {
        return blacklistedUntil != null && !today.isAfter(blacklistedUntil);
    }

    private io.tianping.sharedkernel.CreditCode creditCode() {
        return creditCode;
    }

    @EventSourcingHandler
    void on(AccountRegistered e) {
        id = e.subjectId();
        identity(e.creditCode(), e.idNumber(), e.domicile());
        name = e.name();
        phone = e.phone() == null ? phone : e.phone();
        accounts.put(Accounts.key(e.platform(), e.account(), e.role()), new Accounts.Account(e.platform(), e.account(),
                e.role(), e.region(), e.routing(), false));
    }

    @EventSourcingHandler
    void on(RegistrationRefused e) {
        id = e.subjectId();
        if (name == null) {
            identity(e.creditCode(), e.idNumber(), e.domicile());
            name = e.name();
        }
    }

    private void identity(io.tianping.sharedkernel.CreditCode code, Sealed sealedId, RegionCode home) {
        creditCode = code;
        idNumber = sealedId;
        domicile = home;
    }

    @EventSourcingHandler
    void on(MeasureRecorded e) {
        switch (e.measure()) {
            case ACCOUNT_CLOSURE -> accounts.replaceAll((key, a) -> a.platform().equals(e.platform()) ? a.close() : a);
            case NO_REREGISTRATION -> noReregistration.add(e.platform());
            case BLACKLIST -> blacklistedUntil = later(blacklistedUntil, e.until());
            default -> { }
        }
    }

    @EventSourcingHandler
    void on(SubjectBlacklisted e) {
        id = e.subjectId();
        if (name == null) {
            identity(e.creditCode(), null, e.county());
            name = e.name();
        }
        blacklistedUntil = later(blacklistedUntil, e.until());
    }

    @EventSourcingHandler
    void on(BlacklistEnded e) {
        blacklistedUntil = null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
