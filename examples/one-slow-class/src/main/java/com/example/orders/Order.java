package com.example.orders;

import java.util.ArrayList;
import java.util.List;

/** An order of lines, each a quantity times a unit price in cents. */
public final class Order {

    public record Line(String sku, int quantity, long unitPriceCents) {

        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive: " + quantity);
            }
            if (unitPriceCents < 0) {
                throw new IllegalArgumentException("negative price: " + unitPriceCents);
            }
        }

        public long totalCents() {
            return Math.multiplyExact(quantity, unitPriceCents);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    public Order add(String sku, int quantity, long unitPriceCents) {
        lines.add(new Line(sku, quantity, unitPriceCents));
        return this;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public int itemCount() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    public long totalCents() {
        return lines.stream().mapToLong(Line::totalCents).reduce(0L, Math::addExact);
    }
}
