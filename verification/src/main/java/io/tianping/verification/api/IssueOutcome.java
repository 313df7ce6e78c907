package io.tianping.verification.api;

/**
 * What issuing a certificate did: {@link #CREATED} a new certificate, or {@link #UNCHANGED} because the same
 * certificate with the same content was already issued (a repeated request; the web answers 200 instead of 201).
 */
public enum IssueOutcome {
    CREATED,
    UNCHANGED
}
