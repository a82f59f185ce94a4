package com.example.shop.checkout;

import com.example.shop.cart.CartLine;
import com.example.shop.pricing.Money;
import java.time.LocalDate;
import java.util.List;

/** A placed order. */
public record Order(String id, String customer, LocalDate date, List<CartLine> lines, Address shipTo,
                    Money subtotal, Money tax, Money total, OrderState state) {

    public Order withState(OrderState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("cannot move order " + id + " from " + state + " to " + next);
        }
        return new Order(id, customer, date, lines, shipTo, subtotal, tax, total, next);
    }
}
