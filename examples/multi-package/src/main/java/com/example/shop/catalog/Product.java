package com.example.shop.catalog;

import com.example.shop.pricing.Money;
import java.util.Set;

/** A product in the catalog. */
public record Product(Sku sku, String name, Money price, String categoryPath, Set<String> tags) {

    public Product {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        tags = Set.copyOf(tags);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
