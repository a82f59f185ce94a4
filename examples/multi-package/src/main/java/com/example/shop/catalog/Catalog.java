package com.example.shop.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory product catalog. */
public final class Catalog {

    private final Map<String, Product> bySku = new LinkedHashMap<>();

    public void add(Product product) {
        String key = product.sku().toString();
        if (bySku.putIfAbsent(key, product) != null) {
            throw new IllegalStateException("duplicate SKU: " + key);
        }
    }

    public Optional<Product> find(String sku) {
        return Optional.ofNullable(bySku.get(Sku.parse(sku).toString()));
    }

    public List<Product> inCategory(String categoryPrefix) {
        return bySku.values().stream()
                .filter(p -> p.categoryPath().equals(categoryPrefix)
                        || p.categoryPath().startsWith(categoryPrefix + "/"))
                .toList();
    }

    public List<Product> withTag(String tag) {
        return bySku.values().stream().filter(p -> p.hasTag(tag)).toList();
    }

    public List<Product> cheapestFirst() {
        return bySku.values().stream().sorted(Comparator.comparing(Product::price)).toList();
    }

    public int size() {
        return bySku.size();
    }
}
