package dev.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A note as the API's JSON object: {@code {"id":1,"slug":"first","title":"..","body":"..","tags":[..]}}. */
public final class NoteJson {

    private static final Set<String> MEMBERS = Set.of("id", "slug", "title", "body", "tags");

    private NoteJson() {
    }

    public static Map<String, Object> toJson(Note note) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", note.id());
        json.put("slug", note.slug());
        json.put("title", note.title());
        json.put("body", note.body());
        json.put("tags", note.tags());
        return json;
    }

    public static List<Map<String, Object>> toJson(List<Note> notes) {
        return notes.stream().map(NoteJson::toJson).toList();
    }

    /** Reads a request body; {@link IllegalArgumentException} says what is wrong with it. */
    public static Note fromJson(String text) {
        if (!(Json.parse(text) instanceof Map<?, ?> json)) {
            throw new IllegalArgumentException("a JSON object is expected");
        }
        for (Object member : json.keySet()) {
            if (!MEMBERS.contains(member)) {
                throw new IllegalArgumentException("unknown member '" + member + "'");
            }
        }
        if (!(json.get("id") instanceof Long id)) {
            throw new IllegalArgumentException("id must be an integer");
        }
        return new Note(id, text(json, "slug"), text(json, "title"), text(json, "body"), tags(json.get("tags")));
    }

    private static String text(Map<?, ?> json, String member) {
        Object value = json.get(member);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(member + " must be a string");
        }
        return (String) value;
    }

    private static List<String> tags(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("tags must be an array of strings");
        }
        List<String> tags = new ArrayList<>();
        for (Object tag : list) {
            if (!(tag instanceof String string)) {
                throw new IllegalArgumentException("tags must be an array of strings");
            }
            tags.add(string);
        }
        return tags;
    }
}
