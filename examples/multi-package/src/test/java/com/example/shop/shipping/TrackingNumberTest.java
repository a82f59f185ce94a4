package com.example.shop.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumberTest {

    @BeforeAll
    static void registerCarrierPrefixes() {
        Slow.sleepMillis(440);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(65);
    }

    @ParameterizedTest
    @CsvSource({"12345678, 5", "00000000, 5", "47312482, 9", "11111111, 5", "00002466, 0", "10000000, 3"})
    void checkDigits(String digits, int expected) {
        assertEquals(expected, TrackingNumber.checkDigit(digits));
    }

    @Test
    void parsesValidNumber() {
        assertEquals("GB", TrackingNumber.parse("rr123456785gb").country());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456784GB", "R123456785GB", "RR12345678GB", "RR123456785G", "11123456785GB"})
    void rejectsInvalidNumbers(String text) {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumber.parse(text));
    }

    @Test
    void createsValidNumbers() {
        assertEquals("CP000000425DE", TrackingNumber.create("CP", 42, "DE").value());
    }
}
