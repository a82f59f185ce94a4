package com.example.shop.shipping;

import com.example.shop.pricing.Money;
import java.util.Map;

/** Shipping prices by zone and weight band. */
public final class RateCard {

    public enum Zone { DOMESTIC, EU, EUROPE_NON_EU }

    private static final int[] BAND_LIMITS_GRAMS = {1000, 2000, 5000, 10000, 31500};
    private static final Map<Zone, long[]> PRICES_CENTS = Map.of(
            Zone.DOMESTIC, new long[] {399, 499, 699, 999, 1699},
            Zone.EU, new long[] {899, 1099, 1499, 1999, 3299},
            Zone.EUROPE_NON_EU, new long[] {1299, 1599, 2199, 2999, 4999});

    private final String homeCountry;

    public RateCard(String homeCountry) {
        this.homeCountry = homeCountry;
    }

    public Zone zoneFor(String country) {
        if (country.equals(homeCountry)) {
            return Zone.DOMESTIC;
        }
        return switch (country) {
            case "DE", "FR", "NL", "IT", "LU", "BE", "AT", "ES" -> Zone.EU;
            case "CH", "NO", "GB" -> Zone.EUROPE_NON_EU;
            default -> throw new IllegalArgumentException("no shipping to " + country);
        };
    }

    public Money price(Parcel parcel, String country) {
        int grams = parcel.chargeableGrams();
        if (parcel.lengthPlusGirth() > 300) {
            throw new IllegalArgumentException("parcel too bulky");
        }
        long[] prices = PRICES_CENTS.get(zoneFor(country));
        for (int i = 0; i < BAND_LIMITS_GRAMS.length; i++) {
            if (grams <= BAND_LIMITS_GRAMS[i]) {
                return Money.ofCents(prices[i], "EUR");
            }
        }
        throw new IllegalArgumentException("parcel too heavy: " + grams + " g");
    }

    /** Free domestic shipping above a threshold. */
    public Money price(Parcel parcel, String country, Money orderValue, Money freeShippingThreshold) {
        if (zoneFor(country) == Zone.DOMESTIC && orderValue.compareTo(freeShippingThreshold) >= 0) {
            return Money.zero("EUR");
        }
        return price(parcel, country);
    }
}
