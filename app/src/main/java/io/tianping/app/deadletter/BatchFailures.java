package io.tianping.app.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every processor's error handler: counts and explains a batch that failed as a whole, then lets the processor retry
 * it as before (release the segment, try again with back-off). Such a failure is not one event's: an outage the
 * {@link DeadLetterPolicy} let through, the one-off failure that clears an SQL error ({@link SqlFailures}), or a
 * write that projections buffer for the whole batch ({@code BatchedStatements}, {@code CertificateSearchWrites})
 * failing as the batch commits, after every event of it was handled. The last cannot be dead-lettered: no event is to
 * blame. An outage heals by itself; a buffered write the data breaks holds that processor until the projection is
 * fixed, which metric {@code tianping.processing.batch-failures{cause="other"}} and this log make visible.
 */
final class BatchFailures implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchFailures.class);

    private final MeterRegistry meters;
    private final SqlFailures sqlFailures;

    BatchFailures(MeterRegistry meters, SqlFailures sqlFailures) {
        this.meters = meters;
        this.sqlFailures = sqlFailures;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        String cause = Failures.isTransient(context.error()) ? "transient"
                : sqlFailures.holds(context.error()) ? "sql-error" : "other";
        Counter.builder("tianping.processing.batch-failures")
                .description("Batches a processor rolled back to retry them; cause: transient (an outage), sql-error "
                        + "(once, to dead-letter an event whose SQL failed), other")
                .tag("processingGroup", context.eventProcessor())
                .tag("cause", cause)
                .register(meters)
                .increment();
        if (cause.equals("other")) {
            log.error("A batch of {} events failed as a whole in {} and is retried until it succeeds; if this repeats, "
                            + "a write buffered for the batch fails on its data and needs a fix: {}",
                    context.failedEvents().size(), context.eventProcessor(), Failures.describe(context.error()).message());
        }
        PropagatingErrorHandler.instance().handleError(context);
    }
}
