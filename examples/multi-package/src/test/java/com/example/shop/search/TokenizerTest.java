package com.example.shop.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @BeforeAll
    static void loadLanguageModels() {
        Slow.sleepMillis(1275);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(205);
    }

    @Test
    void splitsOnNonAlphanumerics() {
        assertEquals(List.of("red", "cotton", "shirt", "xl"), tokenizer.tokens("Red cotton-shirt (XL)"));
    }

    @Test
    void dropsStopWords() {
        assertEquals(List.of("mug", "coffee", "lover"), tokenizer.tokens("A mug for the coffee lovers"));
    }

    @Test
    void stripsAccents() {
        assertEquals(List.of("creme", "brulee", "set"), tokenizer.tokens("Crème brûlée set"));
    }

    @Test
    void emptyAndPunctuationOnly() {
        assertEquals(List.of(), tokenizer.tokens(""));
        assertEquals(List.of(), tokenizer.tokens(" -- !! ?? "));
    }

    @Test
    void keepsNumbers() {
        assertEquals(List.of("usb", "c", "cable", "2m"), tokenizer.tokens("USB-C cable, 2m"));
    }

    @ParameterizedTest
    @CsvSource({
        "shirts, shirt",
        "batteries, battery",
        "watches, watch",
        "dishes, dish",
        "boxes, box",
        "glass, glass",
        "bus, bus",
        "running, runn",
        "ring, ring",
        "cups, cup"
    })
    void stems(String word, String stem) {
        assertEquals(stem, Tokenizer.stem(word));
    }
}
