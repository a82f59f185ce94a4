package dev.notes;

import java.io.IOException;

/** Runs the API: {@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}, {@code PORT} (8080). */
public final class NotesApp {

    private NotesApp() {
    }

    public static void main(String[] args) throws IOException {
        String port = System.getenv().getOrDefault("PORT", "8080");
        NotesServer server = NotesServer.start(new NoteStore(Database.fromEnvironment()), Integer.parseInt(port));
        System.out.println("notes API listening on port " + server.port());
    }
}
