package dev.notes.testing;

import dev.notes.Database;
import dev.notes.Migrate;
import dev.notes.Note;
import dev.notes.NoteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database the tests use: {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}.
 * Migrated once per JVM (idempotent, so it does not matter that testshard's set-up step already
 * did), with the fixed fixture notes below.
 */
public final class TestDatabase {

    public static final Note FIRST = new Note(1, "first", "First note", "Buy milk and bread", List.of("shopping"));
    public static final Note SECOND =
            new Note(2, "second", "Plumber", "Call the plumber about the LEAK", List.of("home", "urgent"));
    public static final Note THIRD = new Note(3, "third", "Meeting notes", "Quarterly plan: 100% done", List.of("work"));

    private static Database database;

    private TestDatabase() {
    }

    public static synchronized Database database() {
        if (database == null) {
            Database candidate;
            try {
                candidate = Database.fromEnvironment();
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage()
                        + "; these tests need PostgreSQL, see the README of notes-service", e);
            }
            try (Connection connection = candidate.connect()) {
                Migrate.migrate(connection);
                DatabaseClaim.createTable(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare " + candidate.url() + ": " + e.getMessage(), e);
            }
            database = candidate;
        }
        return database;
    }

    public static Connection connect() throws SQLException {
        return database().connect();
    }

    public static NoteStore store() {
        return new NoteStore(database());
    }

    /** Deletes every note and stores the three fixture notes, with their fixed ids and slugs. */
    public static void resetToFixtures() throws SQLException {
        execute("delete from notes");
        NoteStore store = store();
        for (Note note : List.of(FIRST, SECOND, THIRD)) {
            store.create(note);
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
