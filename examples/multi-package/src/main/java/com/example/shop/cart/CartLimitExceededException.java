package com.example.shop.cart;

/** Thrown when a cart line would exceed {@link Cart#MAX_QUANTITY_PER_LINE}. */
public final class CartLimitExceededException extends RuntimeException {

    private final String sku;
    private final int requested;

    public CartLimitExceededException(String sku, int requested) {
        super("too many of " + sku + ": " + requested + " > " + Cart.MAX_QUANTITY_PER_LINE);
        this.sku = sku;
        this.requested = requested;
    }

    public String sku() {
        return sku;
    }

    public int requested() {
        return requested;
    }
}
