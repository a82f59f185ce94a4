package com.example.failing.cart;

import java.util.ArrayList;
import java.util.List;

/** A minimal basket of item prices in cents. */
public final class Basket {

    private final List<Long> prices = new ArrayList<>();

    public Basket add(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("negative price: " + cents);
        }
        prices.add(cents);
        return this;
    }

    public int size() {
        return prices.size();
    }

    public long total() {
        return prices.stream().mapToLong(Long::longValue).sum();
    }
}
