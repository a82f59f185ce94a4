package com.example.library.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.library.core.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsbnTest {

    @BeforeAll
    static void loadPrefixRanges() {
        Slow.sleepMillis(300);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(40);
    }

    @ParameterizedTest
    @CsvSource({
        "978-0-306-40615-7, 9780306406157",
        "9783161484100, 9783161484100",
        "0-306-40615-2, 9780306406157"
    })
    void parsesAndNormalises(String text, String expected) {
        assertEquals(expected, Isbn.parse(text).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"978-0-306-40615-8", "0-306-40615-3", "12345"})
    void rejectsInvalid(String text) {
        assertThrows(IllegalArgumentException.class, () -> Isbn.parse(text));
    }

    @Test
    void isbn10WithXCheckDigit() {
        assertEquals("9780804429573", Isbn.parse("080442957X").value());
    }

    @Test
    void formatsForDisplay() {
        assertEquals("978-0-306-40615-7", Isbn.parse("9780306406157").formatted());
    }
}
