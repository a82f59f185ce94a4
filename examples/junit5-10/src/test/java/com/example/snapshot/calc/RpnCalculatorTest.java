package com.example.snapshot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.example.snapshot.Slow;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RpnCalculatorTest {

    private RpnCalculator calculator;

    @BeforeAll
    static void startCalculatorService() {
        Slow.sleepMillis(500);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(40);
        calculator = new RpnCalculator();
    }

    @TestFactory
    Stream<DynamicTest> knownExpressions() {
        Map<String, Long> cases = new java.util.LinkedHashMap<>();
        cases.put("1 2 +", 3L);
        cases.put("3 4 + 2 *", 14L);
        cases.put("10 4 -", 6L);
        cases.put("7 2 /", 3L);
        cases.put("-5 3 *", -15L);
        cases.put("2 3 4 * +", 14L);
        return cases.entrySet().stream().map(e -> dynamicTest(e.getKey() + " = " + e.getValue(),
                () -> assertEquals(e.getValue(), calculator.evaluate(e.getKey()))));
    }

    @RepeatedTest(3)
    void countsEvaluations(RepetitionInfo info) {
        for (int i = 0; i < info.getCurrentRepetition(); i++) {
            calculator.evaluate("1 1 +");
        }
        assertEquals(info.getCurrentRepetition(), calculator.evaluations());
    }

    @Test
    void divisionByZero() {
        assertThrows(ArithmeticException.class, () -> calculator.evaluate("1 0 /"));
    }

    @Test
    void missingOperand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calculator.evaluate("1 +"));
        assertEquals("not enough operands for +", e.getMessage());
    }

    @Test
    void leftoverValues() {
        assertThrows(IllegalArgumentException.class, () -> calculator.evaluate("1 2"));
        assertThrows(IllegalArgumentException.class, () -> calculator.evaluate("1 x +"));
    }

    @Test
    @Disabled("exponentiation operator is planned")
    void power() {
        assertEquals(8, calculator.evaluate("2 3 ^"));
    }
}
