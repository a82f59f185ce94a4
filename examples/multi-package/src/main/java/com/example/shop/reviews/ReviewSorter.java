package com.example.shop.reviews;

import java.util.Comparator;
import java.util.List;

/** Sort orders offered on the product page. */
public enum ReviewSorter {
    NEWEST(Comparator.comparing(Review::date).reversed()),
    HIGHEST(Comparator.comparingInt(Review::stars).reversed().thenComparing(Review::date, Comparator.reverseOrder())),
    LOWEST(Comparator.comparingInt(Review::stars).thenComparing(Review::date, Comparator.reverseOrder())),
    MOST_HELPFUL(Comparator.comparing(Review::verifiedPurchase).reversed()
            .thenComparing(r -> r.text().length(), Comparator.reverseOrder())
            .thenComparing(Review::date, Comparator.reverseOrder()));

    private final Comparator<Review> comparator;

    ReviewSorter(Comparator<Review> comparator) {
        this.comparator = comparator;
    }

    public List<Review> sort(List<Review> reviews) {
        return reviews.stream().sorted(comparator).toList();
    }

    public static ReviewSorter fromParameter(String p) {
        return switch (p == null ? "" : p) {
            case "", "newest" -> NEWEST;
            case "highest" -> HIGHEST;
            case "lowest" -> LOWEST;
            case "helpful" -> MOST_HELPFUL;
            default -> throw new IllegalArgumentException("unknown sort: " + p);
        };
    }
}
