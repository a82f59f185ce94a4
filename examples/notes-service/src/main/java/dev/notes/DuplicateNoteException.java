package dev.notes;

import java.sql.SQLException;

/** A note with the same id or slug exists already. */
public final class DuplicateNoteException extends SQLException {

    private static final long serialVersionUID = 1L;

    public DuplicateNoteException(Note note, SQLException cause) {
        super("a note with id " + note.id() + " or slug '" + note.slug() + "' exists", cause.getSQLState(), cause);
    }
}
