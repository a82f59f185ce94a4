package com.example.shop.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {

    private Cart cart;

    @BeforeAll
    static void startSessionStore() {
        Slow.sleepMillis(705);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(95);
        cart = new Cart("EUR");
    }

    private static Money eur(long cents) {
        return Money.ofCents(cents, "EUR");
    }

    @Test
    void newCartIsEmpty() {
        assertTrue(cart.isEmpty());
        assertEquals(0, cart.itemCount());
        assertEquals(eur(0), cart.subtotal());
    }

    @Test
    void addingSameSkuMergesQuantities() {
        cart.add("TSH-0001", eur(1999), 1);
        cart.add("TSH-0001", eur(1999), 2);
        assertEquals(1, cart.lines().size());
        assertEquals(3, cart.itemCount());
        assertEquals(eur(5997), cart.subtotal());
    }

    @Test
    void keepsInsertionOrder() {
        cart.add("MUG-0002", eur(850), 1);
        cart.add("TSH-0001", eur(1999), 1);
        cart.add("CAP-0003", eur(1200), 1);
        assertEquals("MUG-0002", cart.lines().get(0).sku());
        assertEquals("CAP-0003", cart.lines().get(2).sku());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -100})
    void rejectsNonPositiveQuantities(int quantity) {
        assertThrows(IllegalArgumentException.class, () -> cart.add("TSH-0001", eur(100), quantity));
    }

    @Test
    void rejectsForeignCurrency() {
        assertThrows(IllegalArgumentException.class, () -> cart.add("TSH-0001", Money.ofCents(100, "CHF"), 1));
    }

    @Test
    void rejectsPriceChangeForExistingLine() {
        cart.add("TSH-0001", eur(1999), 1);
        assertThrows(IllegalStateException.class, () -> cart.add("TSH-0001", eur(1899), 1));
    }

    @Test
    void enforcesLineLimit() {
        cart.add("TSH-0001", eur(100), 98);
        CartLimitExceededException e = assertThrows(CartLimitExceededException.class,
                () -> cart.add("TSH-0001", eur(100), 2));
        assertEquals(100, e.requested());
        assertEquals(98, cart.itemCount());
    }

    @Test
    void linesViewIsReadOnly() {
        cart.add("TSH-0001", eur(100), 1);
        assertThrows(UnsupportedOperationException.class, () -> cart.lines().clear());
    }

    @Nested
    class Removing {

        @BeforeEach
        void fill() {
            cart.add("TSH-0001", eur(1000), 3);
            cart.add("MUG-0002", eur(500), 1);
        }

        @Test
        void partialRemovalKeepsLine() {
            assertEquals(2, cart.remove("TSH-0001", 2));
            assertEquals(1, cart.lines().get(0).quantity());
            assertEquals(eur(1500), cart.subtotal());
        }

        @Test
        void removingEverythingDropsLine() {
            assertEquals(3, cart.remove("TSH-0001", 10));
            assertEquals(1, cart.lines().size());
        }

        @Test
        void removingUnknownSkuIsNoOp() {
            assertEquals(0, cart.remove("XYZ-9999", 1));
            assertEquals(4, cart.itemCount());
        }

        @Test
        void clearEmptiesCart() {
            cart.clear();
            assertTrue(cart.isEmpty());
            assertFalse(cart.subtotal().isNegative());
        }
    }
}
