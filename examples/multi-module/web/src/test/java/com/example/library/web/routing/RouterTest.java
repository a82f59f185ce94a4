package com.example.library.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.web.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads {@code config/routes.txt} relative to the working directory. Surefire runs the tests of a
 * module with the module directory as working directory, so this is {@code web/config/routes.txt}.
 */
class RouterTest {

    private static final Path ROUTES = Path.of("config", "routes.txt");

    private Router router;

    @BeforeAll
    static void startHttpServer() {
        Slow.sleepMillis(400);
    }

    @BeforeEach
    void setUp() throws Exception {
        Slow.sleepMillis(45);
        router = Router.load(ROUTES);
    }

    @Test
    void routesFileIsReadFromModuleDirectory() {
        assertTrue(Files.isRegularFile(ROUTES), "expected " + ROUTES.toAbsolutePath());
        assertEquals("web", Path.of("").toAbsolutePath().getFileName().toString());
        assertEquals(6, router.routes().size());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /books, books.list, ''",
        "GET, /books/search, books.search, ''",
        "GET, /books/9780306406157, books.show, isbn=9780306406157",
        "POST, /books/123/loans/, loans.create, isbn=123",
        "GET, /members/42/loans, loans.ofMember, id=42"
    })
    void matches(String method, String path, String handler, String param) {
        Router.Match m = router.match(method, path).orElseThrow();
        assertEquals(handler, m.handler());
        Map<String, String> expected = param.isEmpty() ? Map.of() : Map.of(param.split("=")[0], param.split("=")[1]);
        assertEquals(expected, m.params());
    }

    @Test
    void noMatch() {
        assertTrue(router.match("PUT", "/books").isEmpty());
        assertTrue(router.match("GET", "/books/1/2/3").isEmpty());
    }

    @Test
    void rejectsMalformedLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Router.parse("# ok\nGET /a a.b\nFETCH /b b.c\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
