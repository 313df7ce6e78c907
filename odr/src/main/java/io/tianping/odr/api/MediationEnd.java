package io.tianping.odr.api;

/** Why a mediation ended without agreement. */
public enum MediationEnd {
    /** The parties did not agree (recorded by the regulator). */
    NO_AGREEMENT,
    /** 45 working days from acceptance passed, test time excluded (art. 21(5)): ended by itself. */
    TIME_LIMIT
}
