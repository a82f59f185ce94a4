package com.example.library.web.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes requests using a routes file: one route per line, {@code METHOD /path/{param} handler},
 * blank lines and {@code #} comments ignored.
 */
public final class Router {

    /** A route definition. */
    public record Route(String method, List<String> segments, String handler) {
    }

    /** A successful match. */
    public record Match(String handler, Map<String, String> params) {
    }

    private final List<Route> routes;

    private Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Router load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Router parse(String text) {
        List<Route> routes = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length != 3 || !parts[0].matches("GET|POST|PUT|DELETE") || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("bad route on line " + lineNo + ": " + line);
            }
            routes.add(new Route(parts[0], split(parts[1]), parts[2]));
        }
        return new Router(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** First matching route wins. */
    public Optional<Match> match(String method, String path) {
        List<String> actual = split(path);
        for (Route r : routes) {
            if (!r.method().equals(method) || r.segments().size() != actual.size()) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < actual.size() && ok; i++) {
                String pattern = r.segments().get(i);
                if (pattern.startsWith("{") && pattern.endsWith("}")) {
                    params.put(pattern.substring(1, pattern.length() - 1), actual.get(i));
                } else {
                    ok = pattern.equals(actual.get(i));
                }
            }
            if (ok) {
                return Optional.of(new Match(r.handler(), params));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
