package io.tianping.app.deadletter;

import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model with a bug on one certificate's content: its SQL fails (division by zero) for {@link #breakOn}, which
 * on PostgreSQL aborts the batch's whole transaction. Only {@link DeadLetterTest}'s own application has it (it is not
 * a component, so the suite's shared application does not scan it).
 */
@ProcessingGroup(SqlBreakingProjection.GROUP)
class SqlBreakingProjection {

    static final String GROUP = "test-sql-breaking";
    static volatile String breakOn;
    static final Set<String> handled = ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;

    SqlBreakingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CertificateIssued issued) {
        jdbc.sql("select 1 / ?").param(issued.number().value().equals(breakOn) ? 0 : 1).query(Integer.class).single();
        handled.add(issued.number().value());
    }
}
