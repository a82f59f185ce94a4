package com.example.shop.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvertedIndexTest {

    private InvertedIndex index;

    @BeforeAll
    static void buildSearchCluster() {
        Slow.sleepMillis(1275);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(210);
        index = new InvertedIndex();
        index.add("p1", "Red cotton shirt");
        index.add("p2", "Blue cotton shirt with pocket");
        index.add("p3", "Red ceramic coffee mug");
        index.add("p4", "Shirts and more shirts: a shirt bundle");
    }

    private List<String> ids(String query) {
        return index.search(query).stream().map(InvertedIndex.Hit::id).toList();
    }

    @Test
    void singleTermMatchesAllDocuments() {
        assertEquals(List.of("p4", "p1", "p2"), ids("shirt"));
    }

    @Test
    void multipleTermsAreAnded() {
        assertEquals(List.of("p1"), ids("red shirt"));
    }

    @Test
    void rarerTermsScoreHigher() {
        List<InvertedIndex.Hit> hits = index.search("red");
        assertEquals(2, hits.size());
        assertTrue(hits.get(0).score() >= hits.get(1).score());
    }

    @Test
    void noMatchGivesEmptyList() {
        assertEquals(List.of(), ids("velvet"));
        assertEquals(List.of(), ids("the and of"));
    }

    @Test
    void reAddingReplacesDocument() {
        index.add("p1", "Green wool scarf");
        assertEquals(List.of("p4", "p2"), ids("shirt"));
        assertEquals(List.of("p1"), ids("scarf"));
        assertEquals(4, index.size());
    }

    @Test
    void removingDropsUnusedTerms() {
        index.remove("p3");
        assertTrue(!index.terms().contains("mug"));
        assertTrue(index.terms().contains("red"));
    }

    @Test
    void termsAreSortedAndStemmed() {
        assertEquals(List.of("blue", "bundle", "ceramic", "coffee", "cotton", "more", "mug", "pocket", "red", "shirt"),
                List.copyOf(index.terms()));
    }

    @ParameterizedTest
    @CsvSource({"cotton, 2", "Cotton Shirts, 2", "coffee mug, 1", "RED, 2", "pocket shirt blue, 1"})
    void hitCounts(String query, int count) {
        assertEquals(count, index.search(query).size());
    }
}
