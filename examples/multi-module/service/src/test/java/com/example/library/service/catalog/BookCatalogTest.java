package com.example.library.service.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.library.core.model.Book;
import com.example.library.core.model.Isbn;
import com.example.library.service.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uses {@link Book}, {@link Isbn} and (indirectly) the slug code from the core module. */
class BookCatalogTest {

    private BookCatalog catalog;

    @BeforeAll
    static void openCatalogDatabase() {
        Slow.sleepMillis(400);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(50);
        catalog = new BookCatalog();
        catalog.add(new Book(Isbn.parse("9780306406157"), "The Hobbit", "J. R. R. Tolkien", 1937));
        catalog.add(new Book(Isbn.parse("9783161484100"), "Ficciones", "Jorge Luis Borges", 1944));
        catalog.add(new Book(Isbn.parse("080442957X"), "The Silmarillion", "J. R. R. Tolkien", 1977));
    }

    @Test
    void addReturnsSlugFromCore() {
        BookCatalog fresh = new BookCatalog();
        Book book = new Book(Isbn.parse("9780306406157"), "The Hobbit, or There and Back Again", "J. R. R. Tolkien", 1937);
        assertEquals("the-hobbit-or-there-and-back-again", fresh.add(book));
        assertEquals(book, fresh.bySlug("the-hobbit-or-there-and-back-again").orElseThrow());
        assertEquals(3, catalog.size());
    }

    @Test
    void clashingSlugGetsYear() {
        String slug = catalog.add(new Book(Isbn.parse("9780261102217"), "The Hobbit", "J. R. R. Tolkien", 1995));
        assertEquals("the-hobbit-1995", slug);
    }

    @Test
    void findsByIsbn10Or13() {
        assertEquals("The Silmarillion", catalog.byIsbn("0-8044-2957-X").orElseThrow().title());
        assertEquals("The Silmarillion", catalog.byIsbn("9780804429573").orElseThrow().title());
    }

    @Test
    void searchIsSortedByAuthorSortKeyThenYear() {
        assertEquals(List.of("Ficciones", "The Hobbit", "The Silmarillion"),
                catalog.search("").stream().map(Book::title).toList());
        assertEquals(List.of("The Hobbit", "The Silmarillion"),
                catalog.search("tolkien").stream().map(Book::title).toList());
    }

    @Test
    void rejectsDuplicateIsbn() {
        assertThrows(IllegalStateException.class,
                () -> catalog.add(new Book(Isbn.parse("0-306-40615-2"), "Dup", "Someone", 2000)));
    }
}
