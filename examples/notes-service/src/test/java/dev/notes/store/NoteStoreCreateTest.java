package dev.notes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notes.DuplicateNoteException;
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
class NoteStoreCreateTest {

    private final NoteStore store = TestDatabase.store();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(800);
    }

    @BeforeEach
    void fixtures() throws SQLException {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void storesANoteUnderTheIdItWasGiven() throws SQLException {
        Note fourth = new Note(4, "fourth", "Fourth note", "Water the plants");

        store.create(fourth);

        assertEquals(Optional.of(fourth), store.find(4));
    }

    @Test
    void refusesASecondNoteWithATakenId() {
        assertThrows(DuplicateNoteException.class, () -> store.create(new Note(1, "another", "Another", "")));
    }

    @Test
    void refusesASecondNoteWithATakenSlug() {
        assertThrows(DuplicateNoteException.class, () -> store.create(new Note(5, "first", "Another first", "")));
    }

    @Test
    void aRefusedNoteLeavesNoTagsBehind() throws SQLException {
        assertThrows(DuplicateNoteException.class,
                () -> store.create(new Note(6, "second", "Clash", "", List.of("orphan"))));

        assertEquals(List.of(), store.tagged("orphan"));
        assertEquals(3, store.list().size());
    }

    @Test
    void keepsTagsInTheOrderGiven() throws SQLException {
        store.create(new Note(7, "tagged", "Tagged", "", List.of("zebra", "apple", "mango")));

        assertEquals(List.of("zebra", "apple", "mango"), store.find(7).orElseThrow().tags());
    }
}
