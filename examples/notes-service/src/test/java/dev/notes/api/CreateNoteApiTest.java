package dev.notes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notes.Json;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.RunningApp;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(DatabaseClaim.class)
class CreateNoteApiTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(900);
    }

    @BeforeEach
    void fixtures() throws Exception {
        Slow.sleepMillis(250);
        TestDatabase.resetToFixtures();
    }

    @Test
    void createsANoteAndSaysWhereItIs() throws Exception {
        HttpResponse<String> response = app.post("/notes",
                "{\"id\": 4, \"slug\": \"fourth\", \"title\": \"Fourth\", \"body\": \"Café\", \"tags\": [\"x\"]}");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("/notes/4", response.headers().firstValue("Location").orElseThrow());
        assertEquals(Map.of("id", 4L, "slug", "fourth", "title", "Fourth", "body", "Café", "tags", List.of("x")),
                Json.parse(app.get("/notes/4").body()));
    }

    @Test
    void answersConflictForATakenId() throws Exception {
        HttpResponse<String> response = app.post("/notes", "{\"id\": 1, \"slug\": \"new\", \"title\": \"New\"}");

        assertEquals(409, response.statusCode(), response.body());
    }

    @Test
    void answersBadRequestForMalformedJson() throws Exception {
        HttpResponse<String> response = app.post("/notes", "{\"id\": 4, \"slug\": ");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("invalid JSON"), response.body());
    }

    @Test
    void answersBadRequestForAnInvalidSlug() throws Exception {
        HttpResponse<String> response = app.post("/notes", "{\"id\": 4, \"slug\": \"Not A Slug\", \"title\": \"T\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("slug"), response.body());
    }

    @Test
    void answersBadRequestForAnUnknownMember() throws Exception {
        HttpResponse<String> response = app.post("/notes",
                "{\"id\": 4, \"slug\": \"fourth\", \"title\": \"T\", \"colour\": \"red\"}");

        assertEquals(400, response.statusCode());
        assertEquals(Map.of("error", "unknown member 'colour'"), Json.parse(response.body()));
    }
}
