package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderIdTest {

    @BeforeEach
    void connectToSequence() {
        Slow.sleepMillis(400);
    }

    @Test
    void formatsWithCheckDigit() {
        assertEquals("ORD-000123-6", new OrderId(123).toString());
    }

    @Test
    void parsesItsOwnOutput() {
        for (int number = 1; number <= 999_999; number += 9_973) {
            OrderId id = new OrderId(number);
            assertEquals(id, OrderId.parse(id.toString()));
        }
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThrows(IllegalArgumentException.class, () -> OrderId.parse("ORD-000123-7"));
    }

    @Test
    void rejectsMalformedText() {
        assertThrows(IllegalArgumentException.class, () -> OrderId.parse("ORD-123-6"));
        assertThrows(IllegalArgumentException.class, () -> OrderId.parse("ord-000123-6"));
        assertThrows(IllegalArgumentException.class, () -> new OrderId(0));
    }
}
