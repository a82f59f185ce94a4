package com.example.shop.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @BeforeAll
    static void loadBankDirectory() {
        Slow.sleepMillis(570);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(80);
    }

    @ParameterizedTest
    @CsvSource({
        "DE89 3704 0044 0532 0130 00, DE",
        "de89370400440532013000, DE",
        "GB82 WEST 1234 5698 7654 32, GB",
        "NL91 ABNA 0417 1643 00, NL",
        "FR14 2004 1010 0505 0001 3M02 606, FR",
        "CH93 0076 2011 6238 5295 7, CH",
        "BE68 5390 0754 7034, BE"
    })
    void acceptsValidIbans(String text, String country) {
        assertEquals(country, Iban.parse(text).country());
    }

    @ParameterizedTest
    @CsvSource({
        "DE89 3704 0044 0532 0130 01, checksum",
        "DE89 3704 0044 0532 0130, must have 22",
        "XX89 3704 0044 0532 0130 00, unsupported",
        "89DE 3704, malformed"
    })
    void rejectsInvalidIbans(String text, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iban.parse(text));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void formatsInGroupsOfFour() {
        assertEquals("DE89 3704 0044 0532 0130 00", Iban.parse("DE89370400440532013000").formatted());
        assertEquals("BE68 5390 0754 7034", Iban.parse("BE68539007547034").formatted());
    }
}
