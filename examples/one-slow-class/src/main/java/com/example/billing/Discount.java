package com.example.billing;

/** A discount: a percentage of the amount or a fixed number of cents, never below zero. */
public sealed interface Discount {

    long apply(long cents);

    record Percent(int percent) implements Discount {

        public Percent {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent out of range: " + percent);
            }
        }

        @Override
        public long apply(long cents) {
            return cents - (cents * percent + 50) / 100;
        }
    }

    record Fixed(long cents) implements Discount {

        @Override
        public long apply(long amount) {
            return Math.max(0, amount - cents);
        }
    }
}
