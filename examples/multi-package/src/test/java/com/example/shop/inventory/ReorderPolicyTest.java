package com.example.shop.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReorderPolicyTest {

    private final ReorderPolicy policy = new ReorderPolicy(5, 2, 14);

    @BeforeAll
    static void loadDemandForecast() {
        Slow.sleepMillis(530);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(70);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 7", "2.5, 18", "10, 70", "0.1, 1"})
    void reorderPoint(double demand, int expected) {
        assertEquals(expected, policy.reorderPoint(demand));
    }

    @ParameterizedTest
    @CsvSource({
        "100, 2, 0",
        "15, 2, 0",
        "14, 2, 28",
        "0, 2, 42",
        "0, 0, 0",
        "7, 1, 14"
    })
    void orderQuantity(int available, double demand, int expected) {
        assertEquals(expected, policy.orderQuantity(available, demand));
    }

    @Test
    void rejectsInvalidPolicy() {
        assertThrows(IllegalArgumentException.class, () -> new ReorderPolicy(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReorderPolicy(1, 0, 0));
    }
}
