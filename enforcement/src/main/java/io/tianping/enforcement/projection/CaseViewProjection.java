package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseQuery.CaseAccess;
import io.tianping.enforcement.api.CaseQuery.FindCaseAccess;
import io.tianping.enforcement.domain.CaseState;
import io.tianping.enforcement.domain.Deadline;
import io.tianping.sharedkernel.RegionCode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tables {@code enforcement_case} and {@code enforcement_case_access}: every clue and case with its stage, regions,
 * next deadline and whether a deadline was missed — what the lists and the overdue watch need. Each event refreshes
 * the row from the case's own history, so redelivery and replay write the same row.
 */
@Component
@ProcessingGroup("enforcement-case-view")
class CaseViewProjection {

    private final JdbcClient jdbc;
    private final CaseHistory history;

    CaseViewProjection(JdbcClient jdbc, CaseHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        history.current(event.caseId()).ifPresent(state -> store(state, sequence));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from enforcement_case").update();
    }

    @QueryHandler
    Optional<CaseAccess> handle(FindCaseAccess query) {
        Set<RegionCode> regions = jdbc.sql("select region from enforcement_case_access where case_id = ?")
                .param(query.caseId().value())
                .query((rs, row) -> new RegionCode(rs.getString(1)))
                .set();
        return regions.isEmpty() ? Optional.empty() : Optional.of(new CaseAccess(query.caseId(), regions));
    }

    private void store(CaseState state, long sequence) {
        LocalDate nextDue = state.deadlines().stream().filter(Deadline::isOpen).map(Deadline::dueOn)
                .min(Comparator.naturalOrder()).orElse(null);
        boolean overdue = state.deadlines().stream().anyMatch(Deadline::isOverdue);
        String id = state.caseId().value();
        jdbc.sql("""
                insert into enforcement_case (case_id, stage, source, competent_region, lead_region, party_name,
                    party_credit_code, product, raised_at, next_due_on, overdue, last_changed_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update set stage = excluded.stage, competent_region = excluded.competent_region,
                    lead_region = excluded.lead_region, next_due_on = excluded.next_due_on, overdue = excluded.overdue,
                    last_changed_at = excluded.last_changed_at, last_sequence = excluded.last_sequence
                where enforcement_case.last_sequence < excluded.last_sequence""")
                .params(id, state.stage().name(), state.source().name(), state.competentRegion().value(),
                        state.leadRegion() == null ? null : state.leadRegion().value(), state.party().name(),
                        state.party().creditCode().value(), state.product(), Timestamp.from(state.raisedAt()), nextDue,
                        overdue, Timestamp.from(state.lastChangedAt()), sequence)
                .update();
        jdbc.sql("delete from enforcement_case_access where case_id = ?").param(id).update();
        for (String region : state.regionsWithAccess().stream().map(RegionCode::value).collect(Collectors.toSet())) {
            jdbc.sql("insert into enforcement_case_access (case_id, region) values (?, ?)").params(id, region).update();
        }
    }
}
