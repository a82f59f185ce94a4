package com.example.cpu.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cpu.common.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    @Test
    void compactRoundTripForManySeeds() {
        for (long seed = 0; seed < 1_000; seed++) {
            Map<String, Object> doc = Json.generate(seed, 20);
            assertEquals(doc, Json.parse(Json.write(doc, false)), "seed " + seed);
        }
    }

    @Test
    void prettyPrintingIsStable() {
        Map<String, Object> doc = Json.generate(11, 5_000);
        String pretty = Json.writePretty(doc, 2);
        Object parsed = Json.parse(pretty);
        assertEquals(doc, parsed);
        assertEquals(pretty, Json.writePretty(parsed, 2));
        assertEquals(Json.write(doc, false), Json.write(Json.parse(Json.writePretty(doc, 4)), false));
    }

    @Test
    void asciiOnlyOutputKeepsEveryCharacter() {
        Map<String, Object> doc = Json.generate(12, 5_000);
        String ascii = Json.write(doc, true);
        assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c <= 0x7e));
        assertEquals(doc, Json.parse(ascii));
    }

    @Test
    void numbersSurviveExactly() {
        SplitMix64 rng = new SplitMix64(13);
        List<Object> numbers = new ArrayList<>();
        numbers.add(Long.MIN_VALUE);
        numbers.add(Long.MAX_VALUE);
        numbers.add(-0.0);
        numbers.add(Double.MIN_VALUE);
        numbers.add(Double.MAX_VALUE);
        for (int i = 0; i < 200_000; i++) {
            numbers.add(rng.nextLong());
            numbers.add(Double.longBitsToDouble(rng.nextLong() & 0x7fefffffffffffffL) * (rng.nextInt(2) == 0 ? 1 : -1));
        }
        assertEquals(numbers, Json.parse(Json.write(numbers, false)));
    }
}
