package com.example.shop.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import com.example.shop.pricing.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private Catalog catalog;

    @BeforeAll
    static void indexProducts() {
        Slow.sleepMillis(790);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(105);
        catalog = new Catalog();
        catalog.add(product("TSH-0001-M", "Plain T-shirt", 1499, "clothing/men/shirts", "cotton", "basic"));
        catalog.add(product("TSH-0002-S", "Striped T-shirt", 1999, "clothing/women/shirts", "cotton"));
        catalog.add(product("MUG-0001", "Coffee mug", 899, "home/kitchen/mugs", "ceramic", "basic"));
        catalog.add(product("PAN-0003", "Frying pan", 3499, "home/kitchen", "steel"));
    }

    private static Product product(String sku, String name, long cents, String category, String... tags) {
        return new Product(Sku.parse(sku), name, Money.ofCents(cents, "EUR"), category, Set.of(tags));
    }

    @Test
    void findsBySkuCaseInsensitively() {
        assertEquals("Coffee mug", catalog.find("mug-0001").orElseThrow().name());
        assertTrue(catalog.find("MUG-0002").isEmpty());
    }

    @Test
    void rejectsDuplicateSku() {
        assertThrows(IllegalStateException.class,
                () -> catalog.add(product("mug-0001", "Another mug", 100, "home", "x")));
    }

    @Test
    void categoryPrefixMatchesWholeSegments() {
        assertEquals(2, catalog.inCategory("home/kitchen").size());
        assertEquals(1, catalog.inCategory("clothing/men").size());
        assertEquals(0, catalog.inCategory("home/kit").size());
    }

    @Test
    void filtersByTag() {
        assertEquals(List.of("Plain T-shirt", "Coffee mug"),
                catalog.withTag("basic").stream().map(Product::name).toList());
    }

    @Test
    void sortsByPrice() {
        assertEquals(List.of(899L, 1499L, 1999L, 3499L),
                catalog.cheapestFirst().stream().map(p -> p.price().cents()).toList());
    }

    @Test
    void productNameIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> product("ABC-0001", " ", 1, "x"));
    }

    @Test
    void tagsAreImmutable() {
        Product p = catalog.find("TSH-0001-M").orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> p.tags().add("new"));
        assertEquals(4, catalog.size());
    }
}
