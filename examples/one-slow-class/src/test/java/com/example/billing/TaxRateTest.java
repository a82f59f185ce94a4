package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxRateTest {

    @BeforeEach
    void loadTaxTable() {
        Slow.sleepMillis(300);
    }

    @Test
    void parsesPercentages() {
        assertEquals(new TaxRate(1_900), TaxRate.percent("19"));
        assertEquals(new TaxRate(750), TaxRate.percent("7.5"));
        assertEquals(new TaxRate(825), TaxRate.percent(" 8.25 "));
    }

    @Test
    void roundsHalfUp() {
        assertEquals(1, new TaxRate(1_000).taxOn(5));
        assertEquals(0, new TaxRate(1_000).taxOn(4));
        assertEquals(19, new TaxRate(1_900).taxOn(99));
    }

    @Test
    void zeroRateIsNoTax() {
        assertEquals(0, new TaxRate(0).taxOn(123_456));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> TaxRate.percent("7.125"));
        assertThrows(IllegalArgumentException.class, () -> TaxRate.percent(".5"));
        assertThrows(IllegalArgumentException.class, () -> new TaxRate(10_001));
    }
}
