package com.example.failing.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.failing.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CartTotalTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(200);
    }

    @Test
    void totalOfTwoItems() {
        assertEquals(350, new Basket().add(100).add(250).total());
    }

    @Test
    void negativePriceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Basket().add(-1));
    }

    /** FAILS on purpose: an assertion failure with a clear message. */
    @Test
    void cartTotalIsWrong() {
        assertEquals(2, 3, "cart total");
    }
}
