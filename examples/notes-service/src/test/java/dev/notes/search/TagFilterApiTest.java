package dev.notes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
class TagFilterApiTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(800);
    }

    @BeforeEach
    void fixtures() throws Exception {
        Slow.sleepMillis(300);
        TestDatabase.resetToFixtures();
    }

    @Test
    void filtersByTag() throws Exception {
        assertEquals(List.of("first"), SearchApiTest.slugs(app, "/notes?tag=shopping"));
    }

    @Test
    void findsEveryNoteSharingATag() throws Exception {
        app.post("/notes", "{\"id\": 8, \"slug\": \"boiler\", \"title\": \"Boiler\", \"tags\": [\"urgent\"]}");

        assertEquals(List.of("second", "boiler"), SearchApiTest.slugs(app, "/notes?tag=urgent"));
    }

    @Test
    void answersAnEmptyListForAnUnknownTag() throws Exception {
        assertEquals(List.of(), SearchApiTest.slugs(app, "/notes?tag=holiday"));
    }
}
