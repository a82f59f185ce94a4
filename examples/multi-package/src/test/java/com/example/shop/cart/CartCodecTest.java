package com.example.shop.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartCodecTest {

    @BeforeAll
    static void warmUpCodec() {
        Slow.sleepMillis(485);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(65);
    }

    @Test
    void encodesLinesInOrder() {
        Cart cart = new Cart("EUR");
        cart.add("TSH-0001", Money.ofCents(1999, "EUR"), 2);
        cart.add("MUG-0007", Money.ofCents(850, "EUR"), 1);
        assertEquals("EUR|TSH-0001*2@19.99|MUG-0007*1@8.50", CartCodec.encode(cart));
    }

    @Test
    void encodesEmptyCart() {
        assertEquals("CHF", CartCodec.encode(new Cart("CHF")));
    }

    @Test
    void decodesWhatItEncodes() {
        Cart cart = new Cart("EUR");
        cart.add("A-1", Money.ofCents(1, "EUR"), 5);
        cart.add("B-2", Money.ofCents(123456, "EUR"), 99);
        Cart back = CartCodec.decode(CartCodec.encode(cart));
        assertEquals(cart.lines(), back.lines());
        assertEquals(cart.subtotal(), back.subtotal());
    }

    @Test
    void decodesEmptyCart() {
        assertTrue(CartCodec.decode("EUR").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR|TSH-0001", "EUR|*2@1.00", "EUR|TSH*@1.00", "EUR|TSH*2@", "EUR|TSH*x@1.00", "EUR|TSH*2@1.001"})
    void rejectsMalformedLines(String text) {
        assertThrows(IllegalArgumentException.class, () -> CartCodec.decode(text));
    }

    @Test
    void decodingEnforcesCartRules() {
        assertThrows(CartLimitExceededException.class, () -> CartCodec.decode("EUR|A*60@1.00|A*60@1.00"));
    }
}
