package com.example.shop.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTreeTest {

    private CategoryTree tree;

    @BeforeAll
    static void loadTaxonomy() {
        Slow.sleepMillis(570);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(85);
        tree = new CategoryTree();
        tree.add("clothing/men/shirts");
        tree.add("clothing/men/trousers");
        tree.add("clothing/women/dresses");
        tree.add("home/kitchen/mugs");
        tree.add("home/garden");
    }

    @Test
    void childrenAreSorted() {
        assertEquals(List.of("clothing", "home"), tree.children(""));
        assertEquals(List.of("men", "women"), tree.children("clothing"));
    }

    @Test
    void leavesAreFullPaths() {
        assertEquals(List.of("clothing/men/shirts", "clothing/men/trousers", "clothing/women/dresses",
                "home/garden", "home/kitchen/mugs"), tree.leaves());
    }

    @Test
    void depthIsLongestPath() {
        assertEquals(3, tree.depth());
        assertEquals(0, new CategoryTree().depth());
    }

    @Test
    void containsIntermediateNodes() {
        assertTrue(tree.contains("clothing/men"));
        assertFalse(tree.contains("clothing/kids"));
    }

    @Test
    void addingIsIdempotent() {
        tree.add("clothing/men/shirts");
        assertEquals(5, tree.leaves().size());
    }

    @Test
    void unknownCategoryHasNoChildren() {
        assertThrows(IllegalArgumentException.class, () -> tree.children("toys"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/clothing", "clothing/", "clothing//men", " "})
    void rejectsBadPaths(String path) {
        assertThrows(IllegalArgumentException.class, () -> tree.add(path));
    }

    @ParameterizedTest
    @CsvSource({
        "clothing, Clothing",
        "clothing/men, Clothing > Men",
        "home/kitchen/mugs, Home > Kitchen > Mugs"
    })
    void breadcrumbs(String path, String expected) {
        assertEquals(expected, CategoryTree.breadcrumb(path));
    }
}
