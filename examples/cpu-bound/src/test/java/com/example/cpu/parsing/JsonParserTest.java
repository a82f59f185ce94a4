package com.example.cpu.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void parsesHandWrittenDocument() {
        String text = "{\"name\": \"Ada\", \"age\": 36, \"ratio\": -1.5e-3, \"tags\": [\"x\", true, null, {}],"
                + " \"escaped\": \"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\\n\"}";
        Map<?, ?> doc = (Map<?, ?>) Json.parse(text);
        assertEquals("Ada", doc.get("name"));
        assertEquals(36L, doc.get("age"));
        assertEquals(-0.0015, doc.get("ratio"));
        assertEquals(java.util.Arrays.asList("x", true, null, Map.of()), doc.get("tags"));
        assertEquals("a\"b\\c\u00e9\uD83D\uDE00\n", doc.get("escaped"));
        Json.Stats stats = Json.stats(doc);
        assertEquals(new Json.Stats(2, 1, 3, 1, 1, 1, 1, 36), stats);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(doc, Json.parse(text));
        }
    }

    @Test
    void parsesLargeGeneratedDocument() {
        Map<String, Object> generated = Json.generate(1, 45_000);
        String text = Json.write(generated, false);
        assertTrue(text.length() > 1_000_000, "document has " + text.length() + " characters");
        Object parsed = Json.parse(text);
        assertEquals(generated, parsed);
        assertEquals(Json.stats(generated), Json.stats(parsed));
    }

    @Test
    void everyProperPrefixIsRejected() {
        String text = Json.write(Json.generate(2, 35), false);
        assertTrue(text.length() > 5_000, "document has " + text.length() + " characters");
        for (int end = 0; end < text.length(); end++) {
            String prefix = text.substring(0, end);
            assertThrows(Json.ParseException.class, () -> Json.parse(prefix), prefix);
        }
    }

    @Test
    void brokenSeparatorsAreRejected() {
        String text = Json.write(Json.generate(3, 400), false);
        int broken = 0;
        for (int i = 0; i < text.length() && broken < 1_000; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ':') && isStructural(text, i)) {
                String bad = text.substring(0, i) + ';' + text.substring(i + 1);
                assertThrows(Json.ParseException.class, () -> Json.parse(bad), "at " + i);
                broken++;
            }
        }
        assertTrue(broken >= 1_000, "only " + broken + " separators");
    }

    @Test
    void rejectsMalformedInput() {
        List<String> bad = List.of("", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "01", "1.", ".5", "-", "1e", "\"\\x\"", "\"\\u12\"",
                "\"tab\there\"", "tru", "nul", "[1 2]", "{\"a\" 1}", "{\"a\":1,\"a\":2}", "[] []", "+1");
        for (int round = 0; round < 6_000; round++) {
            for (String text : bad) {
                assertThrows(Json.ParseException.class, () -> Json.parse(text), text);
            }
        }
    }

    /** Whether position i is outside any string literal. */
    private static boolean isStructural(String text, int i) {
        boolean inString = false;
        for (int k = 0; k < i; k++) {
            char c = text.charAt(k);
            if (inString && c == '\\') {
                k++;
            } else if (c == '"') {
                inString = !inString;
            }
        }
        return !inString;
    }
}
