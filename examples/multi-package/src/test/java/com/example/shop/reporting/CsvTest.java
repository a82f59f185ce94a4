package com.example.shop.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(395);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(60);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "` lead`|`\" lead\"`",
        "``|``"
    })
    void escapes(String field, String expected) {
        assertEquals(expected, Csv.escape(field));
    }

    @Test
    void escapesNewlines() {
        assertEquals("\"a\nb\"", Csv.escape("a\nb"));
        assertEquals("", Csv.escape(null));
    }

    @Test
    void joinsRow() {
        assertEquals("1,\"x,y\",z", Csv.row(List.of("1", "x,y", "z")));
    }

    @Test
    void parsesSimpleDocument() {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), Csv.parse("a,b\n1,2\n"));
    }

    @Test
    void parsesQuotedFieldsWithEmbeddedNewlinesAndQuotes() {
        assertEquals(List.of(List.of("x", "line1\nline2", "say \"hi\"")), Csv.parse("x,\"line1\nline2\",\"say \"\"hi\"\"\""));
    }

    @Test
    void handlesCrLfAndEmptyFields() {
        assertEquals(List.of(List.of("a", "", "c"), List.of("", "")), Csv.parse("a,,c\r\n,\r\n"));
    }

    @Test
    void roundTripsRows() {
        List<String> row = List.of("plain", "with,comma", "with \"quotes\"", " padded ", "multi\nline", "");
        assertEquals(List.of(row), Csv.parse(Csv.row(row)));
    }

    @Test
    void unterminatedQuoteFails() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("\"abc"));
    }
}
