package com.example.shop.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    private final QueryParser parser = new QueryParser();

    @BeforeAll
    static void loadSynonyms() {
        Slow.sleepMillis(1190);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(195);
    }

    @Test
    void plainWords() {
        QueryParser.Query q = parser.parse("  red   shirt ");
        assertEquals(List.of("red", "shirt"), q.words());
        assertTrue(q.brand().isEmpty());
    }

    @Test
    void allFilters() {
        QueryParser.Query q = parser.parse("shirt price:10..25.50 brand:acme -wool -polyester");
        assertEquals(List.of("shirt"), q.words());
        assertEquals(List.of("wool", "polyester"), q.excluded());
        assertEquals(Optional.of("acme"), q.brand());
        assertEquals(Optional.of(new BigDecimal("10")), q.minPrice());
        assertEquals(Optional.of(new BigDecimal("25.50")), q.maxPrice());
    }

    @Test
    void upperAndLowerBounds() {
        assertEquals(Optional.of(new BigDecimal("20")), parser.parse("price:<20").maxPrice());
        assertEquals(Optional.of(new BigDecimal("5")), parser.parse("price:>5").minPrice());
    }

    @Test
    void quotedPhrasesStayTogether() {
        assertEquals(List.of("coffee mug", "red"), parser.parse("\"coffee mug\" red").words());
    }

    @Test
    void loneDashIsAWord() {
        assertEquals(List.of("-"), parser.parse("-").words());
    }

    @ParameterizedTest
    @ValueSource(strings = {"price:cheap", "price:30..10", "price:<abc", "\"unbalanced", "price:"})
    void rejectsBadQueries(String input) {
        assertThrows(IllegalArgumentException.class, () -> parser.parse(input));
    }
}
