package io.tianping.enforcement.api;

/**
 * Where a case stands in the administrative penalty procedure. NOT_FILED, CLOSED and TRANSFERRED_TO_POLICE are final.
 */
public enum CaseStage {
    /** A clue awaiting the decision whether to file a case (15 WD, +15 once). */
    CLUE,
    /** Decided not to file: final. */
    NOT_FILED,
    /** Filed; the 90-day decision clock runs. */
    FILED,
    /** Evidence is being gathered. */
    INVESTIGATING,
    /** The notice of proposed penalty was served; the party may state or ask for a hearing within 5 WD. */
    PENALTY_PROPOSED,
    /** The penalty decision was made; it must be published within 20 WD. */
    DECIDED,
    /** The penalty was published. */
    PUBLICIZED,
    /** Closed: final. */
    CLOSED,
    /** Handed to the police as a suspected crime: final for the administrative procedure. */
    TRANSFERRED_TO_POLICE;

    public boolean isFinal() {
        return this == NOT_FILED || this == CLOSED || this == TRANSFERRED_TO_POLICE;
    }
}
