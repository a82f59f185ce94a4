package com.example.shop.pricing;

import java.math.BigDecimal;

/** A discount applied to a subtotal. */
public sealed interface Discount permits Discount.Percentage, Discount.Fixed, Discount.None {

    Money apply(Money subtotal);

    /** Parses "10%", "5.00 EUR", or "none". */
    static Discount parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none") || t.isEmpty()) {
            return new None();
        }
        if (t.endsWith("%")) {
            return new Percentage(new BigDecimal(t.substring(0, t.length() - 1).trim()));
        }
        return new Fixed(Money.parse(t));
    }

    record Percentage(BigDecimal percent) implements Discount {
        public Percentage {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("percent out of range: " + percent);
            }
        }

        @Override
        public Money apply(Money subtotal) {
            return subtotal.minus(subtotal.percent(percent));
        }
    }

    record Fixed(Money amount) implements Discount {
        @Override
        public Money apply(Money subtotal) {
            Money result = subtotal.minus(amount);
            return result.isNegative() ? Money.zero(subtotal.currency()) : result;
        }
    }

    record None() implements Discount {
        @Override
        public Money apply(Money subtotal) {
            return subtotal;
        }
    }
}
