package io.tianping.app.web;

/**
 * A dependency that cannot be reached is a 503 with {@code Retry-After}, not a 500: the request was fine, and a
 * retry (with the same {@code Idempotency-Key}) will do. Used where controllers fail and where the container does.
 */
public final class Unreachable {

    public static final String RETRY_AFTER = "5";
    public static final String DATABASE = "The database is unavailable right now: the request was not carried out, or "
            + "its outcome is not confirmed. Retry in a few seconds with the same Idempotency-Key.";
    public static final String SEARCH = "Search is unavailable right now; writes and listing checks go on. Retry in a "
            + "few seconds.";

    private Unreachable() {
    }

    /** The 503 problem for {@code failure} when the database or search could not be reached; empty otherwise. */
    public static java.util.Optional<org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail>> answer(
            Throwable failure) {
        String detail = database(failure) ? DATABASE : search(failure) ? SEARCH : null;
        if (detail == null) {
            return java.util.Optional.empty();
        }
        org.slf4j.LoggerFactory.getLogger(Unreachable.class).warn("{}: {}", detail, failure.toString());
        var status = org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
        return java.util.Optional.of(org.springframework.http.ResponseEntity.status(status)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail)));
    }

    /** No connection to PostgreSQL (refused, pool timed out, the server shutting down): a 503. */
    public static boolean database(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Elasticsearch cannot be reached (refused, timed out, the connection dropped): a 503, not our fault or theirs. */
    public static boolean search(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException
                    || cause.getClass().getName().startsWith("co.elastic.clients.transport")
                    || cause.getClass().getName().startsWith("org.apache.hc.core5.http.ConnectionClosed")
                    || cause.getClass().getName().startsWith("org.apache.http.ConnectionClosed")) {
                return true;
            }
        }
        return false;
    }
}
