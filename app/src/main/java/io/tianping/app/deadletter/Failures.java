package io.tianping.app.deadletter;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the infrastructure, which heals by itself (the database or Elasticsearch did not answer, a lock
 * or serialization conflict, a timeout), from a failure of one event's data or of a handler on it (an unreadable
 * payload, a constraint the event breaks, a bug), which a retry of the same batch would only repeat. The first keeps
 * a processor's segment retrying; the second sends the event to the dead-letter queue.
 */
final class Failures {

    private static final int MAX_CAUSE_LENGTH = ThrowableCause.TRUNCATED_MESSAGE_SIZE;

    private Failures() {
    }

    /** True when the first decisive exception in the cause chain is one of the infrastructure. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof SerializationException || isJackson(cause)) {
                return false; // reading bytes failed: a JSON parser's exception is an IOException too, but of the data
            }
            if (cause instanceof ElasticsearchException refused) {
                return refused.status() == 429 || refused.status() >= 500;
            }
            if (cause instanceof TransportException answer && answer.statusCode() >= 400) {
                return isTransientHttpStatus(answer.statusCode());
            }
            if (cause instanceof ResponseException answer) {
                return isTransientHttpStatus(answer.getResponse().getStatusCode());
            }
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof AxonTransientException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException // incl. CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientSqlState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the failure came from the database: on PostgreSQL any SQL error aborts the whole transaction, so the
     * batch cannot go on (not even to store a dead letter) and must be rolled back first.
     */
    static boolean isSqlError(Throwable failure) {
        return chain(failure).stream().anyMatch(SQLException.class::isInstance);
    }

    /** The failure as a dead letter keeps it: its type, and its message followed by the root cause's, truncated. */
    static ThrowableCause describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause : chain(failure)) {
            root = cause;
        }
        String message = String.valueOf(failure.getMessage());
        if (root != failure) {
            message += " <- " + root.getClass().getName() + ": " + root.getMessage();
        }
        return new ThrowableCause(failure.getClass().getName(),
                message.length() <= MAX_CAUSE_LENGTH ? message : message.substring(0, MAX_CAUSE_LENGTH));
    }

    private static boolean isTransientHttpStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    // PostgreSQL classes: 08 connection, 40 rollback (serialization failure, deadlock), 53 resources, 57 operator
    // intervention (shutdown, statement timeout), 58 system (I/O)
    private static boolean isTransientSqlState(String state) {
        return state != null && state.length() >= 2 && Set.of("08", "40", "53", "57", "58").contains(state.substring(0, 2));
    }

    private static boolean isJackson(Throwable cause) {
        String type = cause.getClass().getName();
        return type.startsWith("com.fasterxml.jackson.") || type.startsWith("tools.jackson.");
    }

    private static List<Throwable> chain(Throwable failure) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var chain = new ArrayList<Throwable>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
