package com.example.billing;

/** A tax rate in basis points (1/100 of a percent); amounts are rounded half up to whole cents. */
public record TaxRate(int basisPoints) {

    public TaxRate {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("tax rate out of range: " + basisPoints);
        }
    }

    public static TaxRate percent(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("not a percentage: " + text);
        }
        String fraction = parts.length == 2 ? parts[1] : "";
        if (fraction.length() > 2) {
            throw new IllegalArgumentException("too many decimals: " + text);
        }
        return new TaxRate(Integer.parseInt(parts[0]) * 100 + Integer.parseInt((fraction + "00").substring(0, 2)));
    }

    public long taxOn(long netCents) {
        return (netCents * basisPoints + 5_000) / 10_000;
    }
}
