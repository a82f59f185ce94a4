package com.example.shop.pricing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceCalculatorTest {

    private PriceCalculator calculator;

    @BeforeAll
    static void loadTaxTables() {
        Slow.sleepMillis(615);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(90);
        calculator = new PriceCalculator(new TaxTable());
    }

    private static Money eur(long cents) {
        return Money.ofCents(cents, "EUR");
    }

    @Test
    void standardRateOnly() {
        PriceCalculator.Result r = calculator.calculate(
                List.of(new PriceCalculator.Line(eur(1000), 3, false)), new Discount.None(), "DE");
        assertAll(
                () -> assertEquals(eur(3000), r.net()),
                () -> assertEquals(eur(3000), r.discounted()),
                () -> assertEquals(eur(570), r.tax()),
                () -> assertEquals(eur(3570), r.gross()));
    }

    @Test
    void mixedRatesSplitTheDiscountProportionally() {
        PriceCalculator.Result r = calculator.calculate(List.of(
                new PriceCalculator.Line(eur(2000), 1, false),
                new PriceCalculator.Line(eur(2000), 1, true)), new Discount.Percentage(new BigDecimal("10")), "DE");
        // 3600 discounted: 1800 at 19% = 342, 1800 at 7% = 126
        assertEquals(eur(3600), r.discounted());
        assertEquals(eur(468), r.tax());
        assertEquals(eur(4068), r.gross());
    }

    @ParameterizedTest
    @CsvSource({
        "DE, false, 1190",
        "DE, true, 1070",
        "FR, false, 1200",
        "FR, true, 1055",
        "NL, false, 1210",
        "CH, false, 1081",
        "LU, true, 1080"
    })
    void grossPerCountry(String country, boolean reduced, long grossCents) {
        PriceCalculator.Result r = calculator.calculate(
                List.of(new PriceCalculator.Line(eur(1000), 1, reduced)), new Discount.None(), country);
        assertEquals(eur(grossCents), r.gross());
    }

    @Test
    void fullDiscountMeansNoTax() {
        PriceCalculator.Result r = calculator.calculate(
                List.of(new PriceCalculator.Line(eur(500), 2, false)), new Discount.Fixed(eur(5000)), "IT");
        assertEquals(eur(0), r.gross());
    }

    @Test
    void rejectsEmptyOrder() {
        assertThrows(IllegalArgumentException.class, () -> calculator.calculate(List.of(), new Discount.None(), "DE"));
    }

    @Test
    void rejectsNonPositiveQuantity() {
        assertThrows(IllegalArgumentException.class, () -> new PriceCalculator.Line(eur(100), 0, false));
    }

    @Test
    void unknownCountryFails() {
        assertThrows(IllegalArgumentException.class, () -> calculator.calculate(
                List.of(new PriceCalculator.Line(eur(100), 1, false)), new Discount.None(), "XX"));
    }
}
