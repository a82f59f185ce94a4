package com.example.shop.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryEstimatorTest {

    private DeliveryEstimator estimator;

    @BeforeAll
    static void loadHolidayCalendar() {
        Slow.sleepMillis(790);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(110);
        estimator = new DeliveryEstimator(LocalTime.of(14, 0),
                Set.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 12, 25)));
    }

    @ParameterizedTest(name = "order {0} {1} + {2} days -> {3}")
    @CsvSource({
        "2025-03-14, 10:00, 2, 2025-03-18",
        "2025-03-14, 14:00, 2, 2025-03-19",
        "2025-03-15, 09:00, 0, 2025-03-17",
        "2025-03-16, 23:59, 1, 2025-03-18",
        "2025-04-17, 16:00, 1, 2025-04-23",
        "2025-04-17, 13:59, 1, 2025-04-22",
        "2025-12-24, 12:00, 1, 2025-12-26"
    })
    void deliveryDates(LocalDate orderDate, LocalTime time, int transit, LocalDate expected) {
        assertEquals(expected, estimator.deliveryDate(orderDate, time, transit));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertFalse(estimator.isBusinessDay(LocalDate.of(2025, 3, 15)));
        assertFalse(estimator.isBusinessDay(LocalDate.of(2025, 4, 18)));
        assertTrue(estimator.isBusinessDay(LocalDate.of(2025, 4, 17)));
    }

    @Test
    void dispatchSameDayBeforeCutOff() {
        assertEquals(LocalDate.of(2025, 3, 12), estimator.dispatchDate(LocalDate.of(2025, 3, 12), LocalTime.of(13, 59)));
    }
}
