package io.tianping.livestream.projection;

import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.SubjectEvent;
import io.tianping.livestream.api.SubjectEvent.AccountRegistered;
import io.tianping.livestream.api.SubjectEvent.BlacklistEnded;
import io.tianping.livestream.api.SubjectEvent.DataRevealed;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectEvent.MeasureRecorded;
import io.tianping.livestream.api.SubjectEvent.RegistrationRefused;
import io.tianping.livestream.api.SubjectEvent.SubjectBlacklisted;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.projection.SubjectPicture.Account;
import io.tianping.sharedkernel.ChinaTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A subject's full picture, folded from its own history in the event store (always current, nothing to rebuild) plus
 * the sessions it hosted in other rooms.
 */
@Component
public class SubjectPictures {

    private final EventStore events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SubjectPictures(EventStore events, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<SubjectPicture> of(SubjectId id) {
        var fold = new Fold();
        events.readEvents(id.value()).asStream().forEach(message -> {
            if (message.getPayload() instanceof SubjectEvent event) {
                fold.on(event);
            }
        });
        if (fold.name == null) {
            return Optional.empty();
        }
        SubjectPicture.Blacklist blacklist = fold.blacklist == null ? null : new SubjectPicture.Blacklist(
                fold.blacklist.until(), fold.blacklistActive && !ChinaTime.today(clock).isAfter(fold.blacklist.until()),
                fold.blacklist.reason(), fold.blacklist.appealRoute(), fold.blacklist.platform(), fold.blacklist.county(),
                fold.blacklist.province());
        return Optional.of(new SubjectPicture(id.value(), fold.name, fold.creditCode == null ? "PERSON" : "ORGANISATION",
                fold.creditCode, fold.idNumber, fold.phone, blacklist, List.copyOf(fold.accounts.values()),
                fold.measures, sessions(id), fold.findings, fold.refused, fold.reveals));
    }

    private List<SubjectPicture.SessionSummary> sessions(SubjectId id) {
        return jdbc.sql("""
                select session_id, platform, subject_id, started_at, products, intercepted from livestream_session
                where subject_id = ? or ',' || host_ids || ',' like ? order by started_at, session_id""")
                .params(id.value(), "%," + id.value() + ",%")
                .query((rs, row) -> new SubjectPicture.SessionSummary(rs.getString(1), rs.getString(2),
                        rs.getString(3).equals(id.value()) ? SubjectRole.OPERATOR : SubjectRole.HOST,
                        rs.getObject(4, Timestamp.class).toInstant(), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** The picture's state while the history is read. */
    private static final class Fold {
        String name;
        String creditCode;
        String idNumber;
        String phone;
        SubjectPicture.MeasureTaken blacklist;
        boolean blacklistActive;
        final Map<String, Account> accounts = new LinkedHashMap<>();
        final List<SubjectPicture.MeasureTaken> measures = new ArrayList<>();
        final List<SubjectPicture.Finding> findings = new ArrayList<>();
        final List<SubjectPicture.RefusedAttempt> refused = new ArrayList<>();
        final List<SubjectPicture.Reveal> reveals = new ArrayList<>();

        void on(SubjectEvent event) {
            switch (event) {
                case AccountRegistered e -> {
                    identity(e.name(), e.creditCode(), e.idNumber());
                    phone = e.phone() == null ? phone : e.phone().masked();
                    accounts.put(e.platform() + "|" + e.role() + "|" + e.account(), new Account(e.platform().value(),
                            e.account(), e.role(), e.region().value(), e.routing(),
                            e.actualAddress() == null ? null : e.actualAddress().detail(), e.verifiedOn(),
                            e.mcnCreditCode() == null ? null : e.mcnCreditCode().value(), e.guardianConsent(),
                            e.aiGenerated(), false));
                }
                case RegistrationRefused e -> {
                    identity(e.name(), e.creditCode(), e.idNumber());
                    refused.add(new SubjectPicture.RefusedAttempt(e.platform().value(), e.account(), e.role(), e.outcome(), e.at()));
                }
                case MeasureRecorded e -> {
                    var taken = new SubjectPicture.MeasureTaken(e.platform().value(), e.measure(), e.reason(), e.until(),
                            e.appealRoute(), e.county().value(), e.province() == null ? null : e.province().value(), e.at());
                    measures.add(taken);
                    if (e.measure() == Measure.ACCOUNT_CLOSURE) {
                        accounts.replaceAll((k, a) -> a.platform().equals(e.platform().value()) ? closed(a) : a);
                    }
                    if (e.measure() == Measure.BLACKLIST) {
                        blacklisted(taken);
                    }
                }
                case SubjectBlacklisted e -> {
                    identity(e.name(), e.creditCode(), null);
                    var taken = new SubjectPicture.MeasureTaken("enforcement", Measure.BLACKLIST, e.reason(), e.until(),
                            e.appealRoute(), e.county().value(), e.province().value(), e.at());
                    measures.add(taken);
                    blacklisted(taken);
                }
                case BlacklistEnded e -> blacklistActive = false;
                case FindingRecorded e -> findings.add(new SubjectPicture.Finding(e.findingId(), e.sessionId(), e.kind(),
                        e.description(), e.region().value(), e.routing(), e.at()));
                case DataRevealed e -> reveals.add(new SubjectPicture.Reveal(e.field().fieldName(), e.purpose(), e.by(),
                        e.byRegion() == null ? null : e.byRegion().value(), e.at()));
                default -> { }
            }
        }

        private void identity(String name, io.tianping.sharedkernel.CreditCode code, io.tianping.livestream.api.Sealed id) {
            this.name = name == null ? this.name : name;
            creditCode = code == null ? creditCode : code.value();
            idNumber = id == null ? idNumber : id.masked();
        }

        private void blacklisted(SubjectPicture.MeasureTaken taken) {
            if (blacklist == null || !blacklistActive || taken.until().isAfter(blacklist.until())) {
                blacklist = taken;
            }
            blacklistActive = true;
        }

        private static Account closed(Account a) {
            return new Account(a.platform(), a.account(), a.role(), a.region(), a.routing(), a.actualAddress(),
                    a.verifiedOn(), a.mcnCreditCode(), a.guardianConsent(), a.aiGenerated(), true);
        }
    }
}
