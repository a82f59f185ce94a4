package dev.notes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notes.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests of the value the JSON carries: no database. */
class NoteTest {

    @Test
    void acceptsLowerCaseWordsJoinedByHyphensAsSlug() {
        assertEquals("shopping-list-2", new Note(1, "shopping-list-2", "T", "").slug());
    }

    @Test
    void rejectsASlugWithSpacesOrCapitals() {
        assertThrows(IllegalArgumentException.class, () -> new Note(1, "Shopping list", "T", ""));
    }

    @Test
    void rejectsABlankTitle() {
        assertThrows(IllegalArgumentException.class, () -> new Note(1, "slug", " ", ""));
    }

    @Test
    void dropsRepeatedTags() {
        assertEquals(List.of("a", "b"), new Note(1, "slug", "T", "", List.of("a", "b", "a")).tags());
    }
}
