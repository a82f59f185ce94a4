package dev.notes.store;

import static dev.notes.testing.TestDatabase.FIRST;
import static dev.notes.testing.TestDatabase.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notes.Note;
import dev.notes.NoteStore;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseClaim.class)
class NoteStoreDeleteTest {

    private final NoteStore store = TestDatabase.store();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(700);
    }

    @BeforeEach
    void fixtures() throws SQLException {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void deletesANoteWithItsTags() throws SQLException {
        assertTrue(store.delete(2));

        assertEquals(List.of(FIRST, THIRD), store.list());
        assertEquals(List.of(), store.tagged("urgent"));
    }

    @Test
    void saysSoWhenThereWasNothingToDelete() throws SQLException {
        assertFalse(store.delete(42));
        assertEquals(3, store.list().size());
    }

    @Test
    void theIdAndSlugOfADeletedNoteCanBeUsedAgain() throws SQLException {
        store.delete(1);
        Note replacement = new Note(1, "first", "A new first note", "");

        store.create(replacement);

        assertEquals(Optional.of(replacement), store.find(1));
    }
}
