package dev.notes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A note. The caller chooses the id and the slug (a short, URL-friendly name), both unique.
 *
 * @param tags lower-case words, without duplicates, in the order given
 */
public record Note(long id, String slug, String title, String body, List<String> tags) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+");

    public Note {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive, was " + id);
        }
        if (slug == null || slug.length() > 64 || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be lower-case words joined by '-', was '" + slug + "'");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("title must be 1 to 200 characters");
        }
        body = body == null ? "" : body;
        tags = List.copyOf(tags == null ? List.of() : tags.stream().distinct().toList());
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("tag must be a lower-case word, was '" + tag + "'");
            }
        }
    }

    public Note(long id, String slug, String title, String body) {
        this(id, slug, title, body, List.of());
    }
}
