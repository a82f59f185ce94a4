package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @BeforeEach
    void startWorkflowEngine() {
        Slow.sleepMillis(1_000);
    }

    @Test
    void happyPathEndsDelivered() {
        OrderStatus status = OrderStatus.NEW.moveTo(OrderStatus.PAID).moveTo(OrderStatus.SHIPPED).moveTo(OrderStatus.DELIVERED);
        assertEquals(OrderStatus.DELIVERED, status);
        assertTrue(status.isFinal());
    }

    @Test
    void shippedOrdersCannotBeCancelled() {
        assertThrows(IllegalStateException.class, () -> OrderStatus.SHIPPED.moveTo(OrderStatus.CANCELLED));
        assertTrue(OrderStatus.CANCELLED.isFinal());
    }
}
