package com.example.library.core.model;

/** A book in the library. */
public record Book(Isbn isbn, String title, String author, int year) {

    public Book {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author is required");
        }
        if (year < 1450 || year > 2100) {
            throw new IllegalArgumentException("implausible year: " + year);
        }
    }

    /** "Tolkien, J. R. R." style sort key: last word of the author name first, lower case. */
    public String authorSortKey() {
        String a = author.trim();
        int space = a.lastIndexOf(' ');
        String key = space < 0 ? a : a.substring(space + 1) + ", " + a.substring(0, space);
        return key.toLowerCase(java.util.Locale.ROOT);
    }
}
