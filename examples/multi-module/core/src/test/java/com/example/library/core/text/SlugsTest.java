package com.example.library.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.library.core.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(200);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(25);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Hobbit, or There and Back Again|the-hobbit-or-there-and-back-again",
        "Die Straße & der Fluss|die-strasse-and-der-fluss",
        "  ¡Cien años de soledad!  |cien-anos-de-soledad"
    })
    void slugify(String title, String slug) {
        assertEquals(slug, Slugs.slugify(title));
    }

    @Test
    void cutsAtWordBoundary() {
        assertEquals("the-hobbit-or", Slugs.slugify("The Hobbit, or There and Back Again", 15));
        assertEquals("abcdefghij", Slugs.slugify("abcdefghijklmnop", 10));
    }
}
