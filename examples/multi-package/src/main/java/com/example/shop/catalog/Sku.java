package com.example.shop.catalog;

import java.util.Locale;
import java.util.Optional;

/** A stock keeping unit like "TSH-0042-XL": family, 4-digit number, optional size. */
public record Sku(String family, int number, Optional<String> size) {

    public static Sku parse(String text) {
        String[] parts = text.trim().toUpperCase(Locale.ROOT).split("-");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("malformed SKU: " + text);
        }
        if (!parts[0].matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("family must be 3 letters: " + text);
        }
        if (!parts[1].matches("\\d{4}")) {
            throw new IllegalArgumentException("number must be 4 digits: " + text);
        }
        Optional<String> size = Optional.empty();
        if (parts.length == 3) {
            if (!parts[2].matches("XS|S|M|L|XL|XXL")) {
                throw new IllegalArgumentException("unknown size: " + parts[2]);
            }
            size = Optional.of(parts[2]);
        }
        return new Sku(parts[0], Integer.parseInt(parts[1]), size);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%04d", family, number) + size.map(s -> "-" + s).orElse("");
    }
}
