package dev.notes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.notes.Json;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.RunningApp;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(DatabaseClaim.class)
class SearchApiTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(900);
    }

    @BeforeEach
    void fixtures() throws Exception {
        Slow.sleepMillis(300);
        TestDatabase.resetToFixtures();
    }

    @Test
    void findsNotesByAWordInTheTitle() throws Exception {
        assertEquals(List.of("third"), slugs("/notes?q=meeting"));
    }

    @Test
    void searchesTheBodyToo() throws Exception {
        assertEquals(List.of("first"), slugs("/notes?q=bread"));
    }

    @Test
    void ignoresCase() throws Exception {
        assertEquals(List.of("second"), slugs("/notes?q=leak"));
    }

    @Test
    void takesAPercentSignLiterally() throws Exception {
        assertEquals(List.of("third"), slugs("/notes?q=%25"));
    }

    @Test
    void answersAnEmptyListWhenNothingMatches() throws Exception {
        assertEquals(List.of(), slugs("/notes?q=nothing+like+this"));
    }

    static List<Object> slugs(RunningApp app, String path) throws Exception {
        List<?> notes = (List<?>) Json.parse(app.get(path).body());
        return notes.stream().<Object>map(note -> ((Map<?, ?>) note).get("slug")).toList();
    }

    private static List<Object> slugs(String path) throws Exception {
        return slugs(app, path);
    }
}
