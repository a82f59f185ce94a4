package com.example.shop.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParcelTest {

    @BeforeAll
    static void calibrateScales() {
        Slow.sleepMillis(395);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(60);
    }

    @ParameterizedTest
    @CsvSource({
        "1000, 10, 10, 10, 1000",
        "1000, 40, 30, 20, 4800",
        "5000, 40, 30, 20, 5000",
        "1, 1, 1, 1, 1",
        "100, 33, 33, 33, 7188"
    })
    void chargeableWeightIsMaxOfActualAndVolumetric(int grams, int l, int w, int h, int expected) {
        assertEquals(expected, new Parcel(grams, l, w, h).chargeableGrams());
    }

    @Test
    void lengthPlusGirthUsesLongestSide() {
        assertEquals(60 + 2 * (30 + 20), new Parcel(1, 30, 60, 20).lengthPlusGirth());
    }

    @Test
    void rejectsNonPositiveDimensions() {
        assertThrows(IllegalArgumentException.class, () -> new Parcel(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Parcel(1, 1, -1, 1));
    }
}
