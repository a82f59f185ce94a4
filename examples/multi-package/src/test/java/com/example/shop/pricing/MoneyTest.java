package com.example.shop.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @BeforeAll
    static void loadCurrencyTable() {
        Slow.sleepMillis(530);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(80);
    }

    @ParameterizedTest
    @CsvSource({
        "12.34 EUR, 1234, EUR",
        "EUR 12.34, 1234, EUR",
        "0.5 CHF, 50, CHF",
        "-3.10 EUR, -310, EUR",
        "100 USD, 10000, USD"
    })
    void parsesAmountAndCurrency(String text, long cents, String currency) {
        Money m = Money.parse(text);
        assertEquals(cents, m.cents());
        assertEquals(currency, m.currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345 EUR", "12,34 EUR", "EUR", "12 eur", "1 2 EUR", ""})
    void rejectsMalformedText(String text) {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
    }

    @Test
    void addsAndSubtracts() {
        Money a = Money.ofCents(1999, "EUR");
        Money b = Money.ofCents(501, "EUR");
        assertEquals(Money.ofCents(2500, "EUR"), a.plus(b));
        assertEquals(Money.ofCents(1498, "EUR"), a.minus(b));
    }

    @Test
    void refusesToMixCurrencies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.ofCents(1, "EUR").plus(Money.ofCents(1, "CHF")));
        assertTrue(e.getMessage().contains("EUR vs CHF"));
    }

    @Test
    void percentRoundsHalfUp() {
        assertEquals(Money.ofCents(190, "EUR"), Money.ofCents(1000, "EUR").percent(new BigDecimal("19")));
        assertEquals(Money.ofCents(1, "EUR"), Money.ofCents(5, "EUR").percent(new BigDecimal("10")));
        assertEquals(Money.ofCents(0, "EUR"), Money.ofCents(4, "EUR").percent(new BigDecimal("10")));
    }

    @Test
    void formatsWithTwoDecimals() {
        assertEquals("12.30 EUR", Money.ofCents(1230, "EUR").toString());
        assertEquals("-0.05 EUR", Money.ofCents(-5, "EUR").toString());
        assertEquals("0.00 CHF", Money.zero("CHF").toString());
    }

    @Test
    void comparesWithinCurrency() {
        assertTrue(Money.ofCents(100, "EUR").compareTo(Money.ofCents(101, "EUR")) < 0);
        assertTrue(Money.ofCents(0, "EUR").compareTo(Money.zero("EUR")) == 0);
    }

    @Test
    void detectsOverflow() {
        assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MAX_VALUE, "EUR").times(2));
    }
}
