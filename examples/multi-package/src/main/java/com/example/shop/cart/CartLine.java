package com.example.shop.cart;

import com.example.shop.pricing.Money;

/** One line of a cart. */
public record CartLine(String sku, Money unitPrice, int quantity) {

    public Money total() {
        return unitPrice.times(quantity);
    }
}
