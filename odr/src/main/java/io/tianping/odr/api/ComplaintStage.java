package io.tianping.odr.api;

/** Where a complaint stands. */
public enum ComplaintStage {
    /** With the ODR enterprise, inside its 10 working days. */
    WITH_ENTERPRISE,
    /** The enterprise recorded a settlement. */
    SETTLED_BY_ENTERPRISE,
    /** The enterprise recorded that negotiation failed: the intake may escalate. */
    NOT_SETTLED_BY_ENTERPRISE,
    /** Nothing recorded by the enterprise's due day: the intake may escalate. */
    OVERDUE_AT_ENTERPRISE,
    /** With the competent regulator, to be accepted or rejected within 7 working days. */
    AWAITING_ACCEPTANCE,
    /** Rejected on one art. 15 ground. */
    REJECTED,
    /** Accepted: mediation runs, at most 45 working days from acceptance (test time excluded). */
    IN_MEDIATION,
    /** Mediation ended with an agreement. */
    AGREED,
    /** Mediation ended without agreement (the parties, or 45 working days passed); notice due within 7 working days. */
    TERMINATED
}
