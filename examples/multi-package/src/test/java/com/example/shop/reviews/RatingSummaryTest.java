package com.example.shop.reviews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingSummaryTest {

    @BeforeAll
    static void loadReviewSnapshot() {
        Slow.sleepMillis(615);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(85);
    }

    static List<Review> reviews(int... stars) {
        List<Review> out = new ArrayList<>();
        for (int s : stars) {
            out.add(new Review("SKU", "a", s, "text", LocalDate.of(2025, 1, 1), true));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "'5,5,5', 5.0",
        "'1,2,3,4,5', 3.0",
        "'4,5', 4.5",
        "'1,1,2', 1.3",
        "'5,4,4', 4.3",
        "'3', 3.0"
    })
    void averageRoundedToOneDecimal(String stars, BigDecimal expected) {
        int[] s = java.util.Arrays.stream(stars.split(",")).mapToInt(Integer::parseInt).toArray();
        assertEquals(expected, RatingSummary.of(reviews(s)).average());
    }

    @Test
    void emptySummary() {
        RatingSummary s = RatingSummary.of(List.of());
        assertEquals(0, s.count());
        assertEquals(new BigDecimal("0.0"), s.average());
        assertEquals(0, s.percentPositive());
    }

    @Test
    void histogramCountsPerStar() {
        assertArrayEquals(new int[] {1, 0, 2, 0, 3}, RatingSummary.of(reviews(1, 3, 3, 5, 5, 5)).histogram());
    }

    @Test
    void bayesianAveragePullsTowardsPrior() {
        RatingSummary single = RatingSummary.of(reviews(5));
        assertEquals((3.5 * 10 + 5) / 11, single.bayesian(3.5, 10), 1e-9);
        RatingSummary many = RatingSummary.of(reviews(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
        assertEquals((3.5 * 10 + 100) / 30, many.bayesian(3.5, 10), 1e-9);
    }

    @Test
    void percentPositive() {
        assertEquals(67, RatingSummary.of(reviews(4, 5, 1)).percentPositive());
    }

    @Test
    void chart() {
        assertEquals("5 ## 2\n4  0\n3 # 1\n2  0\n1 # 1", RatingSummary.of(reviews(5, 5, 3, 1)).chart());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void starsOutOfRange(int stars) {
        assertThrows(IllegalArgumentException.class,
                () -> new Review("SKU", "a", stars, "", LocalDate.of(2025, 1, 1), false));
    }
}
