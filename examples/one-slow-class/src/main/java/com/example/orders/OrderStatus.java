package com.example.orders;

import java.util.EnumSet;
import java.util.Set;

/** The life cycle of an order. */
public enum OrderStatus {
    NEW, PAID, SHIPPED, DELIVERED, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public OrderStatus moveTo(OrderStatus target) {
        if (!next().contains(target)) {
            throw new IllegalStateException(this + " -> " + target + " is not allowed");
        }
        return target;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
