package dev.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notes in PostgreSQL (the repository). Each call opens its own connection. */
public final class NoteStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SELECT = """
            select n.id, n.slug, n.title, n.body, t.tag
            from notes n left join note_tags t on t.note_id = n.id
            """;

    private final Database database;

    public NoteStore(Database database) {
        this.database = database;
    }

    /** Stores a new note; a note with the same id or slug must not exist. */
    public void create(Note note) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into notes (id, slug, title, body) values (?, ?, ?, ?)")) {
                insert.setLong(1, note.id());
                insert.setString(2, note.slug());
                insert.setString(3, note.title());
                insert.setString(4, note.body());
                insert.executeUpdate();
                insertTags(connection, note);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateNoteException(note, e);
                }
                throw e;
            }
        }
    }

    private static void insertTags(Connection connection, Note note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into note_tags (note_id, tag, position) values (?, ?, ?)")) {
            for (int i = 0; i < note.tags().size(); i++) {
                insert.setLong(1, note.id());
                insert.setString(2, note.tags().get(i));
                insert.setInt(3, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<Note> find(long id) throws SQLException {
        return query(SELECT + " where n.id = ? order by t.position", id).stream().findFirst();
    }

    public Optional<Note> findBySlug(String slug) throws SQLException {
        return query(SELECT + " where n.slug = ? order by t.position", slug).stream().findFirst();
    }

    /** All notes, by id. */
    public List<Note> list() throws SQLException {
        return query(SELECT + " order by n.id, t.position");
    }

    /** Notes whose title or body contains the text, ignoring case, by id. */
    public List<Note> search(String text) throws SQLException {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query(SELECT + " where n.title ilike ? or n.body ilike ? order by n.id, t.position",
                pattern, pattern);
    }

    /** Notes carrying the tag, by id. */
    public List<Note> tagged(String tag) throws SQLException {
        return query(SELECT + " where n.id in (select note_id from note_tags where tag = ?)"
                + " order by n.id, t.position", tag);
    }

    /** Deletes a note and its tags; false if there was none. */
    public boolean delete(long id) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement("delete from notes where id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private List<Note> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            Map<Long, Note> notes = new LinkedHashMap<>();
            Map<Long, List<String>> tags = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    notes.putIfAbsent(id, new Note(id, rows.getString("slug"), rows.getString("title"),
                            rows.getString("body")));
                    List<String> noteTags = tags.computeIfAbsent(id, k -> new ArrayList<>());
                    String tag = rows.getString("tag");
                    if (tag != null) {
                        noteTags.add(tag);
                    }
                }
            }
            List<Note> result = new ArrayList<>();
            notes.forEach((id, note) ->
                    result.add(new Note(id, note.slug(), note.title(), note.body(), tags.get(id))));
            return result;
        }
    }
}
