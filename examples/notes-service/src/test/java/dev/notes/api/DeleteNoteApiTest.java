package dev.notes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.notes.Json;
import dev.notes.NoteJson;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.RunningApp;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(DatabaseClaim.class)
class DeleteNoteApiTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(700);
    }

    @BeforeEach
    void fixtures() throws Exception {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void deletesANote() throws Exception {
        assertEquals(204, app.delete("/notes/2").statusCode());

        assertEquals(404, app.get("/notes/2").statusCode());
    }

    @Test
    void answersNotFoundWhenThereIsNothingToDelete() throws Exception {
        assertEquals(404, app.delete("/notes/55").statusCode());
    }

    @Test
    void aDeletedNoteIsGoneFromTheList() throws Exception {
        app.delete("/notes/1");

        assertEquals(NoteJson.toJson(List.of(TestDatabase.SECOND, TestDatabase.THIRD)),
                Json.parse(app.get("/notes").body()));
    }
}
