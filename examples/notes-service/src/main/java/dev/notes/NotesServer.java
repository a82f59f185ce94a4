package dev.notes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP API on the JDK's own server.
 *
 * <pre>
 * POST   /notes              create (201, Location; 400 invalid; 409 id or slug taken)
 * GET    /notes              all notes; ?q=text searches title and body, ?tag=word filters
 * GET    /notes/{id}         one note (404 if none)
 * GET    /notes/by-slug/{s}  one note by slug
 * DELETE /notes/{id}         204, or 404 if none
 * </pre>
 */
public final class NotesServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final NoteStore store;

    private NotesServer(HttpServer server, ExecutorService executor, NoteStore store) {
        this.server = server;
        this.executor = executor;
        this.store = store;
    }

    /** Starts serving on the port (0: any free one, see {@link #port()}). */
    public static NotesServer start(NoteStore store, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "notes-http");
            thread.setDaemon(true);
            return thread;
        });
        NotesServer server = new NotesServer(http, executor, store);
        http.createContext("/notes", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
            String method = exchange.getRequestMethod();
            try {
                route(exchange, method, path);
            } catch (IllegalArgumentException e) {
                send(exchange, 400, error(e.getMessage()));
            } catch (DuplicateNoteException e) {
                send(exchange, 409, error(e.getMessage()));
            } catch (SQLException e) {
                send(exchange, 500, error("database: " + e.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException, SQLException {
        if (path.equals("/notes") && method.equals("POST")) {
            Note note = NoteJson.fromJson(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            store.create(note);
            exchange.getResponseHeaders().set("Location", "/notes/" + note.id());
            send(exchange, 201, NoteJson.toJson(note));
        } else if (path.equals("/notes") && method.equals("GET")) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (query.containsKey("q")) {
                send(exchange, 200, NoteJson.toJson(store.search(query.get("q"))));
            } else if (query.containsKey("tag")) {
                send(exchange, 200, NoteJson.toJson(store.tagged(query.get("tag"))));
            } else {
                send(exchange, 200, NoteJson.toJson(store.list()));
            }
        } else if (path.startsWith("/notes/by-slug/") && method.equals("GET")) {
            sendNote(exchange, store.findBySlug(path.substring("/notes/by-slug/".length())));
        } else if (path.matches("/notes/[0-9]{1,18}") && method.equals("GET")) {
            sendNote(exchange, store.find(id(path)));
        } else if (path.matches("/notes/[0-9]{1,18}") && method.equals("DELETE")) {
            if (store.delete(id(path))) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                send(exchange, 404, error("no note " + id(path)));
            }
        } else {
            send(exchange, 404, error("no route " + method + " " + path));
        }
    }

    private static long id(String path) {
        return Long.parseLong(path.substring("/notes/".length()));
    }

    private static void sendNote(HttpExchange exchange, Optional<Note> note) throws IOException {
        if (note.isPresent()) {
            send(exchange, 200, NoteJson.toJson(note.get()));
        } else {
            send(exchange, 404, error("no such note"));
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static void send(HttpExchange exchange, int status, Object json) throws IOException {
        byte[] body = Json.write(json).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
