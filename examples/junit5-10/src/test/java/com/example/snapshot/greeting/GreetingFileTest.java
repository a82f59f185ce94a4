package com.example.snapshot.greeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.snapshot.Slow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads {@code data/greeting.txt} relative to the working directory (the project root, as Surefire
 * sets it). The file is part of the project snapshot, not of the test class path.
 */
class GreetingFileTest {

    private static final Path GREETING = Path.of("data", "greeting.txt");

    @BeforeAll
    static void mountSnapshot() {
        Slow.sleepMillis(300);
    }

    @Test
    void greetingFileHasExactContent() throws Exception {
        assertTrue(Files.isRegularFile(GREETING), "missing " + GREETING.toAbsolutePath());
        assertEquals("hello from the snapshot\n", Files.readString(GREETING, StandardCharsets.UTF_8));
    }

    @Test
    void greetingMatchesInformalGreeter() throws Exception {
        List<String> lines = Files.readAllLines(GREETING, StandardCharsets.UTF_8);
        assertEquals(List.of("hello from the snapshot"), lines);
        String greeting = new Greeter(Greeter.Style.INFORMAL).greet("The Snapshot", java.time.LocalTime.NOON);
        assertEquals(lines.get(0).replace("hello from ", "hello ") + "!", greeting);
    }
}
