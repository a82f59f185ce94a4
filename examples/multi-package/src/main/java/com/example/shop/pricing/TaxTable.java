package com.example.shop.pricing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** VAT rates per country, with a reduced rate for some categories. */
public final class TaxTable {

    private static final Map<String, BigDecimal> STANDARD = Map.of(
            "DE", new BigDecimal("19"),
            "FR", new BigDecimal("20"),
            "NL", new BigDecimal("21"),
            "IT", new BigDecimal("22"),
            "LU", new BigDecimal("17"),
            "CH", new BigDecimal("8.1"));

    private static final Map<String, BigDecimal> REDUCED = Map.of(
            "DE", new BigDecimal("7"),
            "FR", new BigDecimal("5.5"),
            "NL", new BigDecimal("9"),
            "IT", new BigDecimal("10"),
            "LU", new BigDecimal("8"),
            "CH", new BigDecimal("2.6"));

    public BigDecimal rate(String country, boolean reduced) {
        String key = country.toUpperCase(Locale.ROOT);
        BigDecimal rate = (reduced ? REDUCED : STANDARD).get(key);
        if (rate == null) {
            throw new IllegalArgumentException("unknown country: " + country);
        }
        return rate;
    }

    public Money taxOn(Money net, String country, boolean reduced) {
        return net.percent(rate(country, reduced));
    }

    public Money gross(Money net, String country, boolean reduced) {
        return net.plus(taxOn(net, country, reduced));
    }
}
