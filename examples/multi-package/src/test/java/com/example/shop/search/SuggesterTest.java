package com.example.shop.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Slow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggesterTest {

    private Suggester suggester;

    @BeforeAll
    static void loadQueryLogs() {
        Slow.sleepMillis(1275);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(210);
        suggester = new Suggester();
        suggester.add("shirt", 120);
        suggester.add("shirts", 40);
        suggester.add("shoes", 300);
        suggester.add("short", 80);
        suggester.add("mug", 50);
        suggester.add("mugs", 50);
    }

    @Test
    void completesByFrequency() {
        assertEquals(List.of("shoes", "shirt", "short", "shirts"), suggester.complete("sh", 10));
    }

    @Test
    void completionLimit() {
        assertEquals(List.of("shoes", "shirt"), suggester.complete("sh", 2));
    }

    @Test
    void tiesAreAlphabetical() {
        assertEquals(List.of("mug", "mugs"), suggester.complete("mu", 5));
    }

    @Test
    void unknownPrefix() {
        assertEquals(List.of(), suggester.complete("xyz", 5));
    }

    @Test
    void addingMergesFrequencies() {
        suggester.add("shirts", 500);
        assertEquals(List.of("shirts"), suggester.complete("sh", 1));
    }

    @Test
    void noSuggestionForKnownWord() {
        assertEquals(Optional.empty(), suggester.didYouMean("shirt", 2));
    }

    @ParameterizedTest
    @CsvSource({"shrit, shirt", "shoe, shoes", "mugg, mug", "shrt, shirt", "shorts, short"})
    void didYouMean(String typo, String expected) {
        assertEquals(Optional.of(expected), suggester.didYouMean(typo, 2));
    }

    @Test
    void nothingWithinDistance() {
        assertEquals(Optional.empty(), suggester.didYouMean("keyboard", 2));
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "flaw, lawn, 2", "same, same, 0"})
    void levenshtein(String a, String b, int distance) {
        assertEquals(distance, Suggester.levenshtein(a, b));
    }
}
