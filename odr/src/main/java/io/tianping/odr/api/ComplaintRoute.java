package io.tianping.odr.api;

/** Who handles a complaint first. */
public enum ComplaintRoute {
    /** An enrolled ODR enterprise negotiates directly, within 10 working days of receipt. */
    ENTERPRISE,
    /** The competent county bureau: accepts or rejects within 7 working days (of receipt, or of the escalation). */
    REGULATOR
}
