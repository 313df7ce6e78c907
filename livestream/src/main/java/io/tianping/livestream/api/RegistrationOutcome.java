package io.tianping.livestream.api;

/** What registering an account did. */
public enum RegistrationOutcome {
    /** The account is registered (new, or its details updated). */
    REGISTERED,
    /** Refused: the subject is on the live-commerce blacklist; the attempt is recorded. */
    REFUSED_BLACKLISTED,
    /** Refused: the platform ordered no re-registration; the attempt is recorded. */
    REFUSED_NO_REREGISTRATION
}
