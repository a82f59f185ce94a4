package dev.notes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates the schema. Idempotent: running it on a migrated database changes nothing. */
public final class Migrate {

    static final List<String> STATEMENTS = List.of(
            """
            create table if not exists notes (
                id bigint primary key,
                slug text not null unique,
                title text not null,
                body text not null default '',
                created_at timestamptz not null default now()
            )""",
            """
            create table if not exists note_tags (
                note_id bigint not null references notes (id) on delete cascade,
                tag text not null,
                position int not null,
                primary key (note_id, tag)
            )""",
            "create index if not exists note_tags_by_tag on note_tags (tag)");

    private Migrate() {
    }

    /** Migrates the database of {@code DATABASE_URL}; exit code 1 with one line if that fails. */
    public static void main(String[] args) {
        try (Connection connection = Database.fromEnvironment().connect()) {
            migrate(connection);
            System.out.println("notes schema ready");
        } catch (IllegalStateException | SQLException e) {
            System.err.println("migration failed: " + e.getMessage());
            System.exit(1);
        }
    }

    public static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        }
    }
}
