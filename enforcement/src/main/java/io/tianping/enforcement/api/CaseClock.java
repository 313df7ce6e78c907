package io.tianping.enforcement.api;

/** The legal clocks of a case; each can be missed once ({@code CaseDeadlineMissed}). */
public enum CaseClock {
    /** Decide whether to file: 15 WD from the clue (+15 WD once), restarted when the clue is transferred. */
    FILING_DECISION,
    /** The party's statement or hearing request: 5 WD from serving the notice of proposed penalty. */
    STATEMENT,
    /** The penalty decision: 90 days from filing (+30 once), suspended days excluded. */
    DECISION,
    /** Publishing the penalty: 20 WD from the decision. */
    PUBLICITY,
    /** The assisting region's answer: 15 WD from the request; one clock per request. */
    ASSISTANCE_ANSWER,
    /** Deciding to transfer to the police: 3 days from suspecting a crime. */
    POLICE_DECISION,
    /** Handing over to the police: 24 hours from the decision to transfer. */
    POLICE_HANDOVER
}
