package io.tianping.odr.api;

/** Where an ODR enterprise stands with its county-level bureau. */
public enum EnterpriseStatus {
    /** Applied with its commitment, procedures, staff and place; not yet approved. */
    APPLIED,
    /** Approved: ODR complaints against it go straight to it. */
    ACTIVE,
    /** Warned by its regulator or by the dynamic evaluation; still enrolled, exited if it does not improve. */
    WARNED,
    /** Exited: off the public list; ODR complaints against it go to the regulator. */
    EXITED
}
