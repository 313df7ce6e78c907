package io.tianping.livestream.api;

/** Why a finding went to its region (order 117 art. 47). */
public enum Routing {
    /** The operator's actual operating place. */
    ACTUAL_ADDRESS,
    /** The registered domicile: the credit code's or the ID number's region. */
    REGISTERED_DOMICILE,
    /** The platform's domicile, when the subject's place is unknown. */
    PLATFORM_DOMICILE,
    /** A host goes where the room's operator goes. */
    ROOM_OPERATOR
}
