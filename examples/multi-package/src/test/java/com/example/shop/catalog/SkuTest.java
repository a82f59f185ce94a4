package com.example.shop.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

    @BeforeAll
    static void loadSkuRegistry() {
        Slow.sleepMillis(440);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(60);
    }

    @ParameterizedTest
    @CsvSource({
        "TSH-0042-XL, TSH, 42, XL",
        "tsh-0042-xl, TSH, 42, XL",
        "MUG-0001, MUG, 1, ''",
        " CAP-9999-S , CAP, 9999, S"
    })
    void parses(String text, String family, int number, String size) {
        Sku sku = Sku.parse(text);
        assertEquals(family, sku.family());
        assertEquals(number, sku.number());
        assertEquals(size.isEmpty() ? Optional.empty() : Optional.of(size), sku.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TS-0042", "TSHIRT-0042", "TSH-42", "TSH-00042", "TSH-0042-XXXL", "TSH", "TSH-0042-M-X"})
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> Sku.parse(text));
    }

    @Test
    void printsCanonicalForm() {
        assertEquals("TSH-0042-XL", Sku.parse("tsh-0042-xl").toString());
        assertEquals("MUG-0001", Sku.parse("mug-0001").toString());
    }

    @Test
    void roundTrips() {
        for (String s : new String[] {"ABC-0000", "XYZ-1234-M", "DEF-0500-XXL"}) {
            assertTrue(Sku.parse(Sku.parse(s).toString()).equals(Sku.parse(s)), s);
        }
    }
}
