package io.tianping.verification.api;

/** The outcome of a listing check: the listing may stay online, or the platform must intercept it. */
public enum Verdict {
    PASS,
    INTERCEPT
}
