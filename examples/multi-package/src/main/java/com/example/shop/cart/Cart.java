package com.example.shop.cart;

import com.example.shop.pricing.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shopping cart: lines keyed by SKU, quantities merge, with a per-line limit. */
public final class Cart {

    public static final int MAX_QUANTITY_PER_LINE = 99;

    private final String currency;
    private final Map<String, CartLine> lines = new LinkedHashMap<>();

    public Cart(String currency) {
        this.currency = currency;
    }

    public void add(String sku, Money unitPrice, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (!unitPrice.currency().equals(currency)) {
            throw new IllegalArgumentException("cart is in " + currency + ", price is in " + unitPrice.currency());
        }
        CartLine existing = lines.get(sku);
        int newQuantity = existing == null ? quantity : existing.quantity() + quantity;
        if (newQuantity > MAX_QUANTITY_PER_LINE) {
            throw new CartLimitExceededException(sku, newQuantity);
        }
        if (existing != null && !existing.unitPrice().equals(unitPrice)) {
            throw new IllegalStateException("price changed for " + sku);
        }
        lines.put(sku, new CartLine(sku, unitPrice, newQuantity));
    }

    /** Removes up to {@code quantity} items; the line disappears at zero. Returns the removed count. */
    public int remove(String sku, int quantity) {
        CartLine existing = lines.get(sku);
        if (existing == null) {
            return 0;
        }
        int removed = Math.min(quantity, existing.quantity());
        int left = existing.quantity() - removed;
        if (left == 0) {
            lines.remove(sku);
        } else {
            lines.put(sku, new CartLine(sku, existing.unitPrice(), left));
        }
        return removed;
    }

    public void clear() {
        lines.clear();
    }

    public List<CartLine> lines() {
        return Collections.unmodifiableList(new ArrayList<>(lines.values()));
    }

    public int itemCount() {
        return lines.values().stream().mapToInt(CartLine::quantity).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Money subtotal() {
        Money total = Money.zero(currency);
        for (CartLine line : lines.values()) {
            total = total.plus(line.total());
        }
        return total;
    }

    public String currency() {
        return currency;
    }
}
