package com.example.shop.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateCardTest {

    private RateCard card;

    @BeforeAll
    static void downloadCarrierRates() {
        Slow.sleepMillis(705);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(95);
        card = new RateCard("DE");
    }

    @ParameterizedTest
    @CsvSource({
        "DE, DOMESTIC",
        "FR, EU",
        "AT, EU",
        "CH, EUROPE_NON_EU",
        "GB, EUROPE_NON_EU"
    })
    void zones(String country, RateCard.Zone zone) {
        assertEquals(zone, card.zoneFor(country));
    }

    @ParameterizedTest
    @CsvSource({
        "500, DE, 399",
        "1000, DE, 399",
        "1001, DE, 499",
        "4999, FR, 1499",
        "10000, CH, 2999",
        "31500, NL, 3299"
    })
    void pricesByWeightBand(int grams, String country, long cents) {
        assertEquals(Money.ofCents(cents, "EUR"), card.price(new Parcel(grams, 10, 10, 10), country));
    }

    @Test
    void tooHeavyParcelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> card.price(new Parcel(31501, 10, 10, 10), "DE"));
    }

    @Test
    void bulkyParcelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> card.price(new Parcel(100, 150, 40, 40), "DE"));
    }

    @Test
    void freeDomesticShippingAboveThreshold() {
        Parcel p = new Parcel(500, 10, 10, 10);
        Money threshold = Money.ofCents(5000, "EUR");
        assertEquals(Money.zero("EUR"), card.price(p, "DE", Money.ofCents(5000, "EUR"), threshold));
        assertEquals(Money.ofCents(399, "EUR"), card.price(p, "DE", Money.ofCents(4999, "EUR"), threshold));
        assertEquals(Money.ofCents(899, "EUR"), card.price(p, "FR", Money.ofCents(9999, "EUR"), threshold));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "JP", "de"})
    void unsupportedDestinations(String country) {
        assertThrows(IllegalArgumentException.class, () -> card.zoneFor(country));
    }
}
