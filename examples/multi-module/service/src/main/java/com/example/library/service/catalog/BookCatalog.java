package com.example.library.service.catalog;

import com.example.library.core.model.Book;
import com.example.library.core.model.Isbn;
import com.example.library.core.text.Slugs;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The library's catalog, keyed by ISBN and by URL slug. */
public final class BookCatalog {

    private final Map<Isbn, Book> byIsbn = new LinkedHashMap<>();
    private final Map<String, Book> bySlug = new LinkedHashMap<>();

    /** Adds a book and returns its slug; a clashing slug gets the year appended. */
    public String add(Book book) {
        if (byIsbn.containsKey(book.isbn())) {
            throw new IllegalStateException("already in catalog: " + book.isbn().value());
        }
        String slug = Slugs.slugify(book.title(), 40);
        if (bySlug.containsKey(slug)) {
            slug = slug + "-" + book.year();
        }
        byIsbn.put(book.isbn(), book);
        bySlug.put(slug, book);
        return slug;
    }

    public Optional<Book> byIsbn(String isbn) {
        return Optional.ofNullable(byIsbn.get(Isbn.parse(isbn)));
    }

    public Optional<Book> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Books whose title or author contains the query (case-insensitive), sorted by author. */
    public List<Book> search(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return byIsbn.values().stream()
                .filter(b -> b.title().toLowerCase(Locale.ROOT).contains(q) || b.author().toLowerCase(Locale.ROOT).contains(q))
                .sorted(Comparator.comparing(Book::authorSortKey).thenComparing(Book::year))
                .toList();
    }

    public int size() {
        return byIsbn.size();
    }
}
