package com.example.shop.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscountTest {

    private Money hundred;

    @BeforeAll
    static void loadCampaigns() {
        Slow.sleepMillis(440);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(70);
        hundred = Money.ofCents(10000, "EUR");
    }

    @ParameterizedTest
    @CsvSource({
        "10%, 9000",
        "0%, 10000",
        "100%, 0",
        "12.5%, 8750",
        "5.00 EUR, 9500",
        "150.00 EUR, 0",
        "none, 10000"
    })
    void appliesParsedDiscount(String discount, long expectedCents) {
        assertEquals(Money.ofCents(expectedCents, "EUR"), Discount.parse(discount).apply(hundred));
    }

    @Test
    void parsesKinds() {
        assertInstanceOf(Discount.Percentage.class, Discount.parse(" 15 % "));
        assertInstanceOf(Discount.Fixed.class, Discount.parse("3.00 EUR"));
        assertInstanceOf(Discount.None.class, Discount.parse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1%", "101%", "abc%"})
    void rejectsInvalidPercentages(String text) {
        assertThrows(RuntimeException.class, () -> Discount.parse(text));
    }

    @Test
    void fixedDiscountInOtherCurrencyFails() {
        Discount d = Discount.parse("5.00 CHF");
        assertThrows(IllegalArgumentException.class, () -> d.apply(hundred));
    }
}
