package io.tianping.verification.projection;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements a batch of events asks for, sent as JDBC batches as the batch commits (in the batch's
 * transaction, before its token is stored), in the order they were asked for. One round trip per batch instead of one
 * per event: a replay of 100,000 certificates was bound by the round trips. Outside a unit of work, each statement runs
 * at once.
 */
final class BatchedStatements {

    private record Statement(String sql, Object[] parameters) { }

    private final JdbcTemplate jdbc;
    private final List<Statement> statements = new ArrayList<>();

    private BatchedStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} with {@code parameters} when the current batch commits. */
    static void add(JdbcTemplate jdbc, String sql, Object... parameters) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(BatchedStatements.class.getName() + "@" + System.identityHashCode(jdbc), key -> {
            var statements = new BatchedStatements(jdbc);
            batch.onPrepareCommit(unitOfWork -> statements.flush());
            return statements;
        }).statements.add(new Statement(sql, parameters));
    }

    // consecutive statements with the same SQL go in one JDBC batch; order across them is kept
    private void flush() {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            var parameters = new ArrayList<Object[]>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                parameters.add(statements.get(to++).parameters());
            }
            jdbc.batchUpdate(sql, parameters);
            from = to;
        }
        statements.clear();
    }
}
