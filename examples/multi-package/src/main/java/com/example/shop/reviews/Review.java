package com.example.shop.reviews;

import java.time.LocalDate;

/** A product review with 1-5 stars. */
public record Review(String sku, String author, int stars, String text, LocalDate date, boolean verifiedPurchase) {

    public Review {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1-5: " + stars);
        }
        if (text == null) {
            text = "";
        }
    }
}
