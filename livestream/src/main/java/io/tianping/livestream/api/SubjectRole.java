package io.tianping.livestream.api;

/** What a subject is on a platform (order 117): an account runs a room, hosts, or is an MCN agency. */
public enum SubjectRole {
    /** Runs a live room (直播间运营者). */
    OPERATOR,
    /** A natural person presenting in a room (主播). */
    HOST,
    /** A host service agency (MCN). */
    MCN
}
