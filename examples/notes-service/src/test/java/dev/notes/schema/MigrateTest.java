package dev.notes.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notes.Database;
import dev.notes.Migrate;
import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseClaim.class)
class MigrateTest {

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(700);
    }

    @BeforeEach
    void fixtures() throws SQLException {
        Slow.sleepMillis(300);
        TestDatabase.resetToFixtures();
    }

    @Test
    void createsTheNotesAndTagTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_name like 'note%' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertEquals(List.of("note_tags", "notes"), tables);
    }

    @Test
    void migratingAgainKeepsTheData() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            Migrate.migrate(connection);
            Migrate.migrate(connection);
        }
        assertEquals(3, TestDatabase.store().list().size());
    }

    @Test
    void theMainMethodMigratesTheDatabaseOfTheEnvironment() throws Exception {
        Result result = runMigrate(Map.of());

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("notes schema ready", result.output().strip());
    }

    @Test
    void theMainMethodReportsAWrongPasswordInOneLine() throws Exception {
        Result result = runMigrate(Map.of(Database.PASSWORD, "not-the-password"));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("migration failed: "), result.output());
        assertEquals(1, result.output().strip().lines().count(), result.output());
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs {@code dev.notes.Migrate} in a JVM of its own, as testshard's set-up step does. */
    private static Result runMigrate(Map<String, String> environment) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Migrate.class.getName()).redirectErrorStream(true);
        Database database = TestDatabase.database();
        builder.environment().put(Database.URL, database.url());
        builder.environment().put(Database.USER, database.user());
        builder.environment().put(Database.PASSWORD, database.password());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
