package io.tianping.livestream.api;

import org.jspecify.annotations.Nullable;

/**
 * One row of a semi-annual report, as the import judged it.
 *
 * @param row     the row's number, from 1
 * @param account the account the row names
 * @param status  ACCEPTED (matches the registry), NOT_REGISTERED (valid, but the registry does not know it on this
 *                platform) or INVALID
 * @param problem what is wrong, or null when ACCEPTED
 */
public record ReportRow(int row, String account, Status status, @Nullable String problem) {

    /** How a row was judged. */
    public enum Status { ACCEPTED, NOT_REGISTERED, INVALID }
}
