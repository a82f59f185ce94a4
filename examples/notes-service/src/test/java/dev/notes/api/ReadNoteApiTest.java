package dev.notes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.notes.Json;
import dev.notes.NoteJson;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.RunningApp;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(DatabaseClaim.class)
class ReadNoteApiTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(800);
    }

    @BeforeEach
    void fixtures() throws Exception {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void returnsANoteAsJson() throws Exception {
        HttpResponse<String> response = app.get("/notes/1");

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(NoteJson.toJson(TestDatabase.FIRST), Json.parse(response.body()));
    }

    @Test
    void answersNotFoundForAnUnknownNote() throws Exception {
        assertEquals(404, app.get("/notes/77").statusCode());
    }

    @Test
    void listsAllNotesInIdOrder() throws Exception {
        HttpResponse<String> response = app.get("/notes");

        assertEquals(NoteJson.toJson(List.of(TestDatabase.FIRST, TestDatabase.SECOND, TestDatabase.THIRD)),
                Json.parse(response.body()));
    }

    @Test
    void findsANoteBySlug() throws Exception {
        HttpResponse<String> response = app.get("/notes/by-slug/third");

        assertEquals(NoteJson.toJson(TestDatabase.THIRD), Json.parse(response.body()));
    }
}
