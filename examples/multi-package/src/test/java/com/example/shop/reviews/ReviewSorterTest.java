package com.example.shop.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewSorterTest {

    private List<Review> reviews;

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(440);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(70);
        reviews = List.of(
                new Review("S", "ann", 4, "good", LocalDate.of(2025, 1, 3), false),
                new Review("S", "ben", 5, "excellent, long review", LocalDate.of(2025, 1, 1), true),
                new Review("S", "cat", 1, "bad", LocalDate.of(2025, 1, 5), true),
                new Review("S", "dan", 5, "great", LocalDate.of(2025, 1, 4), false));
    }

    private List<String> authors(ReviewSorter sorter) {
        return sorter.sort(reviews).stream().map(Review::author).toList();
    }

    @Test
    void newest() {
        assertEquals(List.of("cat", "dan", "ann", "ben"), authors(ReviewSorter.NEWEST));
    }

    @Test
    void highestThenNewest() {
        assertEquals(List.of("dan", "ben", "ann", "cat"), authors(ReviewSorter.HIGHEST));
    }

    @Test
    void lowestThenNewest() {
        assertEquals(List.of("cat", "ann", "dan", "ben"), authors(ReviewSorter.LOWEST));
    }

    @Test
    void mostHelpfulPrefersVerifiedAndLong() {
        assertEquals(List.of("ben", "cat", "dan", "ann"), authors(ReviewSorter.MOST_HELPFUL));
    }

    @ParameterizedTest
    @CsvSource({"newest, NEWEST", "'', NEWEST", "highest, HIGHEST", "lowest, LOWEST", "helpful, MOST_HELPFUL"})
    void parsesParameter(String parameter, ReviewSorter expected) {
        assertEquals(expected, ReviewSorter.fromParameter(parameter));
    }

    @Test
    void unknownParameter() {
        assertThrows(IllegalArgumentException.class, () -> ReviewSorter.fromParameter("random"));
    }
}
