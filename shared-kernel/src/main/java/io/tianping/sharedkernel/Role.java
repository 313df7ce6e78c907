package io.tianping.sharedkernel;

/** What an {@link Actor} acts as. */
public enum Role {
    PLATFORM,
    CERTIFICATION_BODY,
    MANUFACTURER,
    /** An enterprise enrolled (or applying) for online dispute resolution; its organisation is its credit code. */
    ENTERPRISE,
    /** The 12315 intake that files consumers' complaints and passes on their answers. */
    COMPLAINT_INTAKE,
    REGULATOR,
    AUDITOR,
    ADMIN,
    CONSUMER,
    /** An automatic process (deadline watcher, projection reaction), not a person. */
    SYSTEM
}
