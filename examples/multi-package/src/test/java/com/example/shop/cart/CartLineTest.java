package com.example.shop.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CartLineTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(350);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(55);
    }

    @ParameterizedTest
    @CsvSource({"1999, 1, 1999", "1999, 3, 5997", "1, 99, 99", "0, 5, 0"})
    void totalIsUnitTimesQuantity(long unit, int quantity, long total) {
        assertEquals(Money.ofCents(total, "EUR"), new CartLine("X", Money.ofCents(unit, "EUR"), quantity).total());
    }

    @Test
    void valueSemantics() {
        CartLine a = new CartLine("X", Money.ofCents(100, "EUR"), 1);
        assertEquals(a, new CartLine("X", Money.ofCents(100, "EUR"), 1));
        assertNotEquals(a, new CartLine("X", Money.ofCents(100, "EUR"), 2));
    }
}
