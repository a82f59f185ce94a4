package com.example.shop.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.example.shop.Slow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStateTest {

    @BeforeAll
    static void loadWorkflowDefinition() {
        Slow.sleepMillis(440);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(70);
    }

    /** One dynamic test per (from, to) pair: 6 x 6 = 36 transitions checked against the table. */
    @TestFactory
    Stream<DynamicTest> transitionTable() {
        List<String> allowed = List.of(
                "PLACED->PAID", "PLACED->CANCELLED", "PAID->SHIPPED", "PAID->REFUNDED",
                "SHIPPED->DELIVERED", "DELIVERED->REFUNDED");
        List<DynamicTest> tests = new ArrayList<>();
        for (OrderState from : OrderState.values()) {
            for (OrderState to : OrderState.values()) {
                String key = from + "->" + to;
                tests.add(dynamicTest(key, () -> assertEquals(allowed.contains(key), from.canMoveTo(to), key)));
            }
        }
        return tests.stream();
    }

    @ParameterizedTest
    @EnumSource(value = OrderState.class, names = {"CANCELLED", "REFUNDED"})
    void finalStates(OrderState state) {
        assertTrue(state.isFinal());
    }

    @Test
    void placedIsNotFinal() {
        assertFalse(OrderState.PLACED.isFinal());
    }
}
