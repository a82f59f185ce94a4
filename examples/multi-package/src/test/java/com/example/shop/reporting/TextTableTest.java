package com.example.shop.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(530);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(75);
    }

    @Test
    void rendersAlignedColumns() {
        String table = new TextTable(List.of("sku", "units", "revenue"))
                .add(List.of("TSH-0001", "3", "59.97 EUR"))
                .add(List.of("MUG-0001", "12", "107.88 EUR"))
                .render();
        assertEquals(String.join("\n",
                "sku      | units | revenue",
                "---------+-------+-----------",
                "TSH-0001 |     3 |  59.97 EUR",
                "MUG-0001 |    12 | 107.88 EUR",
                ""), table);
    }

    @Test
    void headerOnly() {
        assertEquals("a | bb\n--+---\n", new TextTable(List.of("a", "bb")).render());
    }

    @Test
    void mixedColumnIsLeftAligned() {
        String table = new TextTable(List.of("v")).add(List.of("1")).add(List.of("x")).render();
        assertEquals("v\n-\n1\nx\n", table);
    }

    @Test
    void rowWidthMustMatchHeader() {
        assertThrows(IllegalArgumentException.class, () -> new TextTable(List.of("a", "b")).add(List.of("1")));
    }
}
