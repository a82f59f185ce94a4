package dev.notes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notes.Json;
import dev.notes.Note;
import dev.notes.NoteJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests: no database. */
class NoteJsonTest {

    @Test
    void readsWhatItWrites() {
        Note note = new Note(12, "twelve", "Twelve", "Body", List.of("a", "b"));

        assertEquals(note, NoteJson.fromJson(Json.write(NoteJson.toJson(note))));
    }

    @Test
    void leavesOutBodyAndTagsAsEmpty() {
        assertEquals(new Note(1, "one", "One", ""), NoteJson.fromJson("{\"id\":1,\"slug\":\"one\",\"title\":\"One\"}"));
    }

    @Test
    void requiresAnIntegerId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NoteJson.fromJson("{\"id\":\"1\",\"slug\":\"one\",\"title\":\"One\"}"));
        assertEquals("id must be an integer", e.getMessage());
    }

    @Test
    void requiresTagsToBeStrings() {
        assertThrows(IllegalArgumentException.class,
                () -> NoteJson.fromJson("{\"id\":1,\"slug\":\"one\",\"title\":\"One\",\"tags\":[1]}"));
    }
}
