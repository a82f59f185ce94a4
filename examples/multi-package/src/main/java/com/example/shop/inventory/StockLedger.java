package com.example.shop.inventory;

import java.util.HashMap;
import java.util.Map;

/** Tracks on-hand and reserved stock per SKU in one warehouse. */
public final class StockLedger {

    private final Map<String, Integer> onHand = new HashMap<>();
    private final Map<String, Integer> reserved = new HashMap<>();

    public void receive(String sku, int quantity) {
        requirePositive(quantity);
        onHand.merge(sku, quantity, Integer::sum);
    }

    public int available(String sku) {
        return onHand.getOrDefault(sku, 0) - reserved.getOrDefault(sku, 0);
    }

    public int onHand(String sku) {
        return onHand.getOrDefault(sku, 0);
    }

    public int reserved(String sku) {
        return reserved.getOrDefault(sku, 0);
    }

    /** Reserves stock; returns false (and changes nothing) if not enough is available. */
    public boolean reserve(String sku, int quantity) {
        requirePositive(quantity);
        if (available(sku) < quantity) {
            return false;
        }
        reserved.merge(sku, quantity, Integer::sum);
        return true;
    }

    public void release(String sku, int quantity) {
        requirePositive(quantity);
        int current = reserved.getOrDefault(sku, 0);
        if (quantity > current) {
            throw new IllegalStateException("releasing " + quantity + " of " + sku + " but only " + current + " reserved");
        }
        reserved.put(sku, current - quantity);
    }

    /** Ships reserved stock: removes it from both reserved and on hand. */
    public void ship(String sku, int quantity) {
        release(sku, quantity);
        onHand.merge(sku, -quantity, Integer::sum);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
