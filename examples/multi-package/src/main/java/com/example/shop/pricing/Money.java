package com.example.shop.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of money in minor units (cents) of a currency. Immutable. */
public final class Money implements Comparable<Money> {

    private final long cents;
    private final String currency;

    private Money(long cents, String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be a 3-letter ISO code: " + currency);
        }
        this.cents = cents;
        this.currency = currency;
    }

    public static Money ofCents(long cents, String currency) {
        return new Money(cents, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Parses "12.34 EUR" or "EUR 12.34". */
    public static Money parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected '<amount> <currency>': " + text);
        }
        String amount;
        String currency;
        if (parts[0].matches("[A-Z]{3}")) {
            currency = parts[0];
            amount = parts[1];
        } else {
            amount = parts[0];
            currency = parts[1];
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad amount: " + amount, e);
        }
        if (value.scale() > 2) {
            throw new IllegalArgumentException("too many decimals: " + amount);
        }
        return new Money(value.movePointRight(2).longValueExact(), currency);
    }

    public long cents() {
        return cents;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(cents, other.cents), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor), currency);
    }

    /** Multiplies by a percentage, rounding half-up to whole cents. */
    public Money percent(BigDecimal percent) {
        BigDecimal result = BigDecimal.valueOf(cents).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        return new Money(result.longValueExact(), currency);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.cents == cents && m.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cents, currency);
    }

    /** Formats as "12.34 EUR" (always two decimals, leading minus for negatives). */
    @Override
    public String toString() {
        return BigDecimal.valueOf(cents, 2).toPlainString() + " " + currency;
    }
}
