package dev.notes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notes.Json;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit tests: no database. */
class JsonTest {

    @Test
    void writesAndReadsBackNestedValues() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", 7L);
        value.put("ratio", 0.5);
        value.put("tags", List.of("a", "b"));
        value.put("done", true);
        value.put("parent", null);
        value.put("nested", Map.of("x", List.of()));

        assertEquals(value, Json.parse(Json.write(value)));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\t\\u0001\"", Json.write("say \"hi\"\\ \n\t\u0001"));
        assertEquals("say \"hi\"\\ \n\t\u0001 é", Json.parse("\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 \\u00e9\""));
    }

    @Test
    void keepsTheOrderOfMembers() {
        assertEquals("{\"b\":1,\"a\":2}", Json.write(Json.parse(" { \"b\" : 1 , \"a\" : 2 } ")));
    }

    @Test
    void readsEmptyObjectsAndArrays() {
        assertEquals(Arrays.asList(Map.of(), List.of(), null), Json.parse("[{}, [], null]"));
    }

    @Test
    void namesTheOffsetOfASyntaxError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": tru}"));
        assertEquals("invalid JSON at offset 6: a value is expected", e.getMessage());
    }

    @Test
    void rejectsTextAfterTheValue() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} {}"));
    }
}
