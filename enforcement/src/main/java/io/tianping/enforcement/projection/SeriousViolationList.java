package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.SeriousViolationEvent.PartyDelisted;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/** Table {@code serious_violation}: who is on the list, since when, and when they may or must leave it. */
@Component
@ProcessingGroup("enforcement-serious-violations")
public class SeriousViolationList {

    /** One party on (or once on) the list. */
    public record SeriousViolationEntry(String creditCode, String partyName, String caseId, Instant listedAt, LocalDate earliestRemovalOn,
                        LocalDate automaticExitOn, @Nullable Instant delistedAt, @Nullable String delistingReason) { }

    private final JdbcClient jdbc;

    SeriousViolationList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartyListed e) {
        jdbc.sql("""
                insert into serious_violation (credit_code, party_name, case_id, listed_at, earliest_removal_on,
                    automatic_exit_on) values (?, ?, ?, ?, ?, ?)
                on conflict (credit_code) do update set party_name = excluded.party_name, case_id = excluded.case_id,
                    listed_at = excluded.listed_at, earliest_removal_on = excluded.earliest_removal_on,
                    automatic_exit_on = excluded.automatic_exit_on, delisted_at = null, delisting_reason = null""")
                .params(e.creditCode().value(), e.partyName(), e.caseId().value(), Timestamp.from(e.listedAt()),
                        e.earliestRemovalOn(), e.automaticExitOn())
                .update();
    }

    @EventHandler
    void on(PartyDelisted e) {
        jdbc.sql("update serious_violation set delisted_at = ?, delisting_reason = ? where credit_code = ?")
                .params(Timestamp.from(e.at()), e.reason().name(), e.creditCode().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from serious_violation").update();
    }

    /** Everyone listed now, earliest listing first. */
    public List<SeriousViolationEntry> listed() {
        return jdbc.sql("select * from serious_violation where delisted_at is null order by listed_at")
                .query((rs, row) -> new SeriousViolationEntry(rs.getString("credit_code"), rs.getString("party_name"),
                        rs.getString("case_id"), rs.getTimestamp("listed_at").toInstant(),
                        rs.getObject("earliest_removal_on", LocalDate.class), rs.getObject("automatic_exit_on", LocalDate.class),
                        null, null))
                .list();
    }

    /** Credit codes whose automatic exit day has come. */
    public List<String> dueForExit(LocalDate today) {
        return jdbc.sql("select credit_code from serious_violation where delisted_at is null and automatic_exit_on <= ?")
                .param(today)
                .query(String.class)
                .list();
    }
}
