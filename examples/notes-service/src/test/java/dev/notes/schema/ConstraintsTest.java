package dev.notes.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.Slow;
import dev.notes.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema itself guards the data, whatever code writes to it. */
@ExtendWith(DatabaseClaim.class)
class ConstraintsTest {

    @BeforeAll
    static void warmUp() {
        Slow.sleepMillis(900);
    }

    @BeforeEach
    void fixtures() throws SQLException {
        Slow.sleepMillis(300);
        TestDatabase.resetToFixtures();
    }

    @Test
    void aSlugIsUniqueEvenForPlainSql() {
        SQLException e = assertThrows(SQLException.class,
                () -> TestDatabase.execute("insert into notes (id, slug, title) values (10, 'first', 'x')"));
        assertEquals("23505", e.getSQLState());
    }

    @Test
    void aNoteNeedsATitle() {
        SQLException e = assertThrows(SQLException.class,
                () -> TestDatabase.execute("insert into notes (id, slug) values (11, 'untitled')"));
        assertEquals("23502", e.getSQLState());
    }

    @Test
    void aTagCannotBelongToAMissingNote() {
        SQLException e = assertThrows(SQLException.class,
                () -> TestDatabase.execute("insert into note_tags (note_id, tag, position) values (404, 'lost', 0)"));
        assertEquals("23503", e.getSQLState());
    }

    @Test
    void deletingANoteDeletesItsTags() throws SQLException {
        TestDatabase.execute("delete from notes where id = 2");

        assertEquals(2, count("select count(*) from note_tags"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
