package com.example.cpu.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.cpu.common.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static final String[] TRICKY = {"", " ", ",", "\"", "\"\"", "a,b", "line\nbreak", "cr\r\nlf", "quote \"inside\"", "é", "trailing "};

    private static List<List<String>> rows(long seed, int count, int columns) {
        SplitMix64 rng = new SplitMix64(seed);
        List<List<String>> rows = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                int kind = rng.nextInt(4);
                row.add(switch (kind) {
                    case 0 -> TRICKY[rng.nextInt(TRICKY.length)];
                    case 1 -> Long.toString(rng.nextLong() >> rng.nextInt(60));
                    default -> "field-" + rng.nextInt(1_000_000);
                });
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void roundTripsGeneratedRows() {
        List<List<String>> rows = rows(100, 100_000, 8);
        assertEquals(rows, Csv.parse(Csv.write(rows)));
    }

    @Test
    void sumsNumericColumn() {
        SplitMix64 rng = new SplitMix64(101);
        List<List<String>> rows = new ArrayList<>();
        long expected = 0;
        for (int r = 0; r < 200_000; r++) {
            long amount = rng.nextLong(2_000_000) - 1_000_000;
            expected += amount;
            rows.add(List.of("row " + r, Long.toString(amount), "note, \"quoted\""));
        }
        long sum = 0;
        for (List<String> row : Csv.parse(Csv.write(rows))) {
            sum += Long.parseLong(row.get(1));
        }
        assertEquals(expected, sum);
    }

    @Test
    void handlesQuotingRules() {
        String text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n";
        List<List<String>> expected = List.of(List.of("a", "b,c", "say \"hi\""), List.of("multi\nline", "", "x"));
        for (int i = 0; i < 1_500_000; i++) {
            assertEquals(expected, Csv.parse(text));
        }
    }

    @Test
    void rejectsBrokenQuoting() {
        for (int i = 0; i < 50_000; i++) {
            assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"unterminated\n"));
            assertThrows(IllegalArgumentException.class, () -> Csv.parse("\"closed\"junk,b\n"));
        }
    }
}
