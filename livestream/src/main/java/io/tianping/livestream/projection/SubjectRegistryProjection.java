package io.tianping.livestream.projection;

import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.SubjectEvent.AccountRegistered;
import io.tianping.livestream.api.SubjectEvent.BlacklistEnded;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectEvent.MeasureRecorded;
import io.tianping.livestream.api.SubjectEvent.RegistrationRefused;
import io.tianping.livestream.api.SubjectEvent.SubjectBlacklisted;
import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tables {@code livestream_subject}, {@code livestream_account} and {@code livestream_subject_region}: who is in the
 * registry, on which platforms, blacklisted until when, and which regions it concerns. No personal data.
 */
@Component
@ProcessingGroup("livestream-subjects")
class SubjectRegistryProjection {

    private final JdbcClient jdbc;

    SubjectRegistryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountRegistered e, @SequenceNumber long sequence) {
        subject(e.subjectId(), e.name(), e.creditCode(), sequence);
        jdbc.sql("""
                insert into livestream_account (subject_id, platform, account, role, region) values (?, ?, ?, ?, ?)
                on conflict (platform, role, account) do update set subject_id = excluded.subject_id, region = excluded.region""")
                .params(e.subjectId().value(), e.platform().value(), e.account(), e.role().name(), e.region().value())
                .update();
        region(e.subjectId(), e.region());
    }

    @EventHandler
    void on(RegistrationRefused e) {
        // an attempt does not rename a subject the registry knows; it makes one known that it did not
        jdbc.sql("insert into livestream_subject (subject_id, name, kind, credit_code, last_sequence) values (?, ?, ?, ?, -1) on conflict do nothing")
                .params(e.subjectId().value(), e.name(), e.creditCode() == null ? "PERSON" : "ORGANISATION",
                        e.creditCode() == null ? null : e.creditCode().value()).update();
        region(e.subjectId(), e.domicile());
    }

    @EventHandler
    void on(MeasureRecorded e) {
        if (e.measure() == Measure.BLACKLIST) {
            blacklist(e.subjectId(), e.until());
        } else if (e.measure() == Measure.ACCOUNT_CLOSURE) {
            jdbc.sql("update livestream_account set closed = true where subject_id = ? and platform = ?")
                    .params(e.subjectId().value(), e.platform().value()).update();
        }
        if (e.province() != null) {
            region(e.subjectId(), e.province());
        }
    }

    @EventHandler
    void on(SubjectBlacklisted e, @SequenceNumber long sequence) {
        subject(e.subjectId(), e.name(), e.creditCode(), sequence);
        blacklist(e.subjectId(), e.until());
        region(e.subjectId(), e.county());
    }

    @EventHandler
    void on(BlacklistEnded e) {
        jdbc.sql("update livestream_subject set blacklisted_until = null where subject_id = ?")
                .param(e.subjectId().value()).update();
    }

    @EventHandler
    void on(FindingRecorded e) {
        region(e.subjectId(), e.region());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from livestream_subject_region").update();
        jdbc.sql("delete from livestream_account").update();
        jdbc.sql("delete from livestream_subject").update();
    }

    private void subject(SubjectId id, String name, CreditCode creditCode, long sequence) {
        jdbc.sql("""
                insert into livestream_subject (subject_id, name, kind, credit_code, last_sequence) values (?, ?, ?, ?, ?)
                on conflict (subject_id) do update set name = excluded.name, last_sequence = excluded.last_sequence
                where livestream_subject.last_sequence < excluded.last_sequence""")
                .params(id.value(), name, creditCode == null ? "PERSON" : "ORGANISATION",
                        creditCode == null ? null : creditCode.value(), sequence).update();
    }

    private void blacklist(SubjectId id, java.time.LocalDate until) {
        jdbc.sql("""
                update livestream_subject set blacklisted_until = ?
                where subject_id = ? and (blacklisted_until is null or blacklisted_until < ?)""")
                .params(until, id.value(), until).update();
    }

    private void region(SubjectId id, RegionCode region) {
        jdbc.sql("insert into livestream_subject_region (subject_id, region) values (?, ?) on conflict do nothing")
                .params(id.value(), region.value()).update();
    }
}
