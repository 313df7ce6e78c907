package io.tianping.verification.api;

import java.util.List;

/**
 * The result of a listing check: PASS exactly when there is no reason to intercept. Flags never intercept.
 *
 * @param reasons every reason that applies, in {@link InterceptReason} order; empty for PASS
 * @param flags   warnings for regulators, in {@link CheckFlag} order
 */
public record ListingVerdict(Verdict verdict, List<InterceptReason> reasons, List<CheckFlag> flags) {

    public ListingVerdict {
        if (verdict == null || reasons == null || flags == null) {
            throw new IllegalArgumentException("verdict, reasons and flags must not be null");
        }
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
        if ((verdict == Verdict.PASS) != reasons.isEmpty()) {
            throw new IllegalArgumentException("verdict %s contradicts reasons %s: PASS exactly when there are none"
                    .formatted(verdict, reasons));
        }
    }

    /** PASS when {@code reasons} is empty, INTERCEPT otherwise. */
    public static ListingVerdict of(List<InterceptReason> reasons, List<CheckFlag> flags) {
        return new ListingVerdict(reasons.isEmpty() ? Verdict.PASS : Verdict.INTERCEPT, reasons, flags);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
