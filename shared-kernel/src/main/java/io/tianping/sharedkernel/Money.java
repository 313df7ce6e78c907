package io.tianping.sharedkernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in CNY (yuan), non-negative, kept to exactly 2 decimals (fen). {@code toString()} is the plain
 * decimal, e.g. {@code "129.00"}.
 *
 * @param amount the amount in yuan, normalised to scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount must not be null");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, got " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount must have at most 2 decimals (fen), got " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a plain decimal such as {@code "129"} or {@code "129.5"}. */
    public static Money of(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount must not be blank");
        }
        try {
            return new Money(new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount '%s' is not a decimal number".formatted(amount));
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
