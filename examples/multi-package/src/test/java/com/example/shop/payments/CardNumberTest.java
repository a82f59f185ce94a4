package com.example.shop.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {

    @BeforeAll
    static void loadBinRanges() {
        Slow.sleepMillis(615);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(85);
    }

    @ParameterizedTest
    @CsvSource({
        "4111 1111 1111 1111, VISA",
        "4012-8888-8888-1881, VISA",
        "5555555555554444, MASTERCARD",
        "2223003122003222, MASTERCARD",
        "378282246310005, AMEX",
        "6011111111111117, UNKNOWN"
    })
    void detectsBrand(String number, CardNumber.Brand brand) {
        assertEquals(brand, CardNumber.parse(number).brand());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567890123", "4111 1111 1111", "41111111111111111111", "4111x11111111111"})
    void rejectsInvalidNumbers(String number) {
        assertThrows(IllegalArgumentException.class, () -> CardNumber.parse(number));
    }

    @Test
    void luhnOnKnownValues() {
        assertTrue(CardNumber.luhn("79927398713"));
        assertFalse(CardNumber.luhn("79927398710"));
    }

    @Test
    void masksAllButLastFour() {
        assertEquals("**** **** **** 1111", CardNumber.parse("4111111111111111").masked());
    }
}
