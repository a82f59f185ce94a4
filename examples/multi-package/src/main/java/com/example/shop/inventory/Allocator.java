package com.example.shop.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an order line across warehouses: prefers the nearest warehouse (lowest distance)
 * and only splits when no single warehouse can serve the whole quantity.
 */
public final class Allocator {

    /** A warehouse with its ledger and a distance to the customer. */
    public record Warehouse(String name, StockLedger ledger, int distanceKm) {
    }

    /** A part of an allocation. */
    public record Allocation(String warehouse, int quantity) {
    }

    public List<Allocation> allocate(String sku, int quantity, List<Warehouse> warehouses) {
        List<Warehouse> byDistance = new ArrayList<>(warehouses);
        byDistance.sort((a, b) -> Integer.compare(a.distanceKm(), b.distanceKm()));
        for (Warehouse w : byDistance) {
            if (w.ledger().available(sku) >= quantity) {
                w.ledger().reserve(sku, quantity);
                return List.of(new Allocation(w.name(), quantity));
            }
        }
        int total = byDistance.stream().mapToInt(w -> w.ledger().available(sku)).sum();
        if (total < quantity) {
            throw new OutOfStockException(sku, quantity, total);
        }
        Map<String, Integer> parts = new LinkedHashMap<>();
        int left = quantity;
        for (Warehouse w : byDistance) {
            int take = Math.min(left, w.ledger().available(sku));
            if (take > 0) {
                w.ledger().reserve(sku, take);
                parts.put(w.name(), take);
                left -= take;
            }
            if (left == 0) {
                break;
            }
        }
        return parts.entrySet().stream().map(e -> new Allocation(e.getKey(), e.getValue())).toList();
    }

    /** Not enough stock anywhere. */
    public static final class OutOfStockException extends RuntimeException {
        public OutOfStockException(String sku, int requested, int available) {
            super("out of stock: " + sku + " requested " + requested + ", available " + available);
        }
    }
}
