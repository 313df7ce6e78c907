package io.tianping.traceability.web;

/** What a scanned code says about the item. */
enum PassportState {
    /** A registered product; the serial, if any, was commissioned and nothing is wrong with it. */
    GENUINE,
    /** No such product, or a serial never commissioned: not genuine. */
    NOT_REGISTERED,
    /** A recall covers it: see the remedy. */
    RECALLED,
    /** Decommissioned or destroyed: it should not be on sale or in use. */
    DECOMMISSIONED,
    /** Scans suggest its code is copied. */
    CLONE_SUSPECTED
}
