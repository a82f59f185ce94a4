package dev.notes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Where the notes live: a JDBC URL and credentials, usually from the environment. */
public record Database(String url, String user, String password) {

    public static final String URL = "DATABASE_URL";
    public static final String USER = "DATABASE_USER";
    public static final String PASSWORD = "DATABASE_PASSWORD";

    public static Database fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads {@code DATABASE_URL}, {@code DATABASE_USER} and {@code DATABASE_PASSWORD}. */
    public static Database from(Map<String, String> environment) {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL + " is not set (e.g. jdbc:postgresql://localhost:5432/notes)");
        }
        return new Database(url, environment.getOrDefault(USER, ""), environment.getOrDefault(PASSWORD, ""));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
