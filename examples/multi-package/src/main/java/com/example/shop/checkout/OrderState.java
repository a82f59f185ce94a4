package com.example.shop.checkout;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of an order. */
public enum OrderState {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    public boolean canMoveTo(OrderState next) {
        return allowedNext().contains(next);
    }

    public Set<OrderState> allowedNext() {
        return switch (this) {
            case PLACED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderState.class);
        };
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }
}
