package io.tianping.traceability.gs1;

/**
 * The GS1 check digit (GS1 General Specifications 7.9): mod 10 over the digits before it, weighted 3, 1, 3, … from the
 * right. The same for GTIN-8/12/13/14, GLN, SSCC and GSRN.
 */
public final class CheckDigit {

    private CheckDigit() {
    }

    /** The check digit for {@code digits} (the key without its check digit); {@code digits} must be all ASCII digits. */
    public static char of(CharSequence digits) {
        int sum = 0;
        int weight = 3;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: '" + c + "'");
            }
            sum += (c - '0') * weight;
            weight = 4 - weight;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Whether the last digit of {@code key} is the check digit of the digits before it. */
    public static boolean isValid(CharSequence key) {
        if (key.length() < 2 || !allDigits(key)) {
            return false;
        }
        return of(key.subSequence(0, key.length() - 1)) == key.charAt(key.length() - 1);
    }

    public static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
