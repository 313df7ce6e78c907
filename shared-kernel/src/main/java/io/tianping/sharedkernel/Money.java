package io.tianping.sharedkernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in CNY (yuan), from 0 to {@value #MAX_TEXT}, kept to exactly 2 decimals (fen). {@code toString()} is the
 * plain decimal, e.g. {@code "129.00"}. The bounds are checked before any arithmetic, so a value such as
 * {@code 1e99999999} is refused at once instead of being expanded to a hundred million digits.
 *
 * @param amount the amount in yuan, normalised to scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^\\d{1,12}\\.\\d{2}$";

    /** The largest amount accepted, as written in the API documentation: just under a trillion yuan. */
    public static final String MAX_TEXT = "999999999999.99";

    /** Digits before the decimal point of the largest amount. */
    public static final int MAX_INTEGER_DIGITS = 12;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount must not be null");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        // precision - scale is the count of digits before the point; cheap however large the exponent
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("amount must be at most " + MAX_TEXT);
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must have at most 2 decimals (fen)");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal such as {@code "129"} or {@code "129.5"}. */
    public static Money of(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount must not be blank");
        }
        if (amount.length() > 40) {
            throw new IllegalArgumentException("amount must be at most " + MAX_TEXT);
        }
        try {
            return new Money(new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount is not a decimal number");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
