package dev.notes.store;

import static dev.notes.testing.TestDatabase.FIRST;
import static dev.notes.testing.TestDatabase.SECOND;
import static dev.notes.testing.TestDatabase.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class NoteStoreReadTest {

    private final NoteStore store = TestDatabase.store();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(900);
    }

    @BeforeEach
    void fixtures() throws SQLException {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void findsANoteByItsId() throws SQLException {
        assertEquals(Optional.of(SECOND), store.find(2));
    }

    @Test
    void findsANoteByItsSlug() throws SQLException {
        assertEquals(Optional.of(THIRD), store.findBySlug("third"));
    }

    @Test
    void findsNothingUnderAnUnknownId() throws SQLException {
        assertEquals(Optional.empty(), store.find(99));
    }

    @Test
    void listsAllNotesInIdOrder() throws SQLException {
        assertEquals(List.of(FIRST, SECOND, THIRD), store.list());
    }

    @Test
    void findsTheNotesCarryingATag() throws SQLException {
        assertEquals(List.of(SECOND), store.tagged("urgent"));
    }
}
