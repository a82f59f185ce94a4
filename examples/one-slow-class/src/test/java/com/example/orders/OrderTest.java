package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {

    @BeforeEach
    void loadFixtures() {
        Slow.sleepMillis(600);
    }

    @Test
    void totalsAllLines() {
        Order order = new Order().add("MUG-01", 2, 1_250).add("TEE-XL", 1, 1_999);
        assertEquals(4_499, order.totalCents());
        assertEquals(3, order.itemCount());
    }

    @Test
    void emptyOrderIsFree() {
        assertEquals(0, new Order().totalCents());
        assertEquals(0, new Order().itemCount());
    }

    @Test
    void rejectsBadLines() {
        Order order = new Order();
        assertThrows(IllegalArgumentException.class, () -> order.add("MUG-01", 0, 1_250));
        assertThrows(IllegalArgumentException.class, () -> order.add("MUG-01", 1, -1));
        assertEquals(0, order.lines().size());
    }
}
