package io.tianping.sharedkernel;

/** What an {@link Actor} acts as. */
public enum Role {
    PLATFORM,
    CERTIFICATION_BODY,
    MANUFACTURER,
    REGULATOR,
    AUDITOR,
    ADMIN,
    CONSUMER,
    /** An automatic process (deadline watcher, projection reaction), not a person. */
    SYSTEM
}
