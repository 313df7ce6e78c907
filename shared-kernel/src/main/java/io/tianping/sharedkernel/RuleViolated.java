package io.tianping.sharedkernel;

/**
 * A business rule refused a command (e.g. suspending a revoked certificate). Every module throws its own
 * {@code <Module>RuleViolated} subclass; the app maps them all to HTTP 409.
 */
public abstract class RuleViolated extends RuntimeException {

    protected RuleViolated(String message) {
        super(message);
    }
}
