package io.tianping.livestream.projection;

import io.tianping.livestream.api.SubjectEvent.SessionReported;
import io.tianping.livestream.api.SubjectId;
import io.tianping.verification.api.Verdict;
import java.sql.Timestamp;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code livestream_session}: which room and which hosts each session had. */
@Component
@ProcessingGroup("livestream-sessions")
class SessionProjection {

    private final JdbcClient jdbc;

    SessionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SessionReported e) {
        jdbc.sql("""
                insert into livestream_session (session_id, subject_id, platform, host_ids, started_at, products, intercepted)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (session_id) do nothing""")
                .params(e.sessionId(), e.subjectId().value(), e.platform().value(),
                        e.hostIds().stream().map(SubjectId::value).collect(Collectors.joining(",")),
                        Timestamp.from(e.startedAt()), e.products().size(),
                        (int) e.products().stream().filter(p -> p.verdict() == Verdict.INTERCEPT).count())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from livestream_session").update();
    }
}
