package com.example.library.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.library.core.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookTest {

    private static final Isbn ISBN = Isbn.parse("9780306406157");

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(250);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(30);
    }

    @ParameterizedTest
    @CsvSource({"J. R. R. Tolkien, 'tolkien, j. r. r.'", "Homer, homer"})
    void authorSortKey(String author, String key) {
        assertEquals(key, new Book(ISBN, "Title", author, 1954).authorSortKey());
    }

    @Test
    void validatesFields() {
        assertThrows(IllegalArgumentException.class, () -> new Book(ISBN, " ", "A", 2000));
        assertThrows(IllegalArgumentException.class, () -> new Book(ISBN, "T", "", 2000));
        assertThrows(IllegalArgumentException.class, () -> new Book(ISBN, "T", "A", 1200));
    }
}
