package com.example.shop.cart;

import com.example.shop.pricing.Money;

/**
 * Serialises a cart to a compact cookie-friendly string and back:
 * {@code EUR|TSH-0001*2@19.99|MUG-0007*1@8.50}.
 */
public final class CartCodec {

    private CartCodec() {
    }

    public static String encode(Cart cart) {
        StringBuilder sb = new StringBuilder(cart.currency());
        for (CartLine line : cart.lines()) {
            sb.append('|').append(line.sku()).append('*').append(line.quantity()).append('@')
                    .append(java.math.BigDecimal.valueOf(line.unitPrice().cents(), 2).toPlainString());
        }
        return sb.toString();
    }

    public static Cart decode(String text) {
        String[] parts = text.split("\\|");
        Cart cart = new Cart(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int star = part.indexOf('*');
            int at = part.indexOf('@');
            if (star <= 0 || at <= star + 1 || at == part.length() - 1) {
                throw new IllegalArgumentException("malformed cart line: " + part);
            }
            String sku = part.substring(0, star);
            int quantity = Integer.parseInt(part.substring(star + 1, at));
            Money price = Money.parse(part.substring(at + 1) + " " + parts[0]);
            cart.add(sku, price, quantity);
        }
        return cart;
    }
}
