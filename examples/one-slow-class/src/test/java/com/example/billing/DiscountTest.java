package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscountTest {

    @BeforeEach
    void loadCampaigns() {
        Slow.sleepMillis(500);
    }

    @Test
    void percentRoundsToCents() {
        assertEquals(8_500, new Discount.Percent(15).apply(10_000));
        assertEquals(66, new Discount.Percent(33).apply(99));
    }

    @Test
    void fixedNeverGoesNegative() {
        assertEquals(500, new Discount.Fixed(1_500).apply(2_000));
        assertEquals(0, new Discount.Fixed(1_500).apply(1_000));
    }

    @Test
    void percentMustBeBetweenZeroAndHundred() {
        assertThrows(IllegalArgumentException.class, () -> new Discount.Percent(101));
        assertEquals(0, new Discount.Percent(100).apply(4_321));
    }
}
