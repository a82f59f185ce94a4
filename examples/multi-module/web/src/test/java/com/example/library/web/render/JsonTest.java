package com.example.library.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.library.core.model.Book;
import com.example.library.core.model.Isbn;
import com.example.library.service.loans.LoanService;
import com.example.library.web.Slow;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renders objects from the core and service modules: needs both on the test class path. */
class JsonTest {

    private final Book hobbit = new Book(Isbn.parse("0-306-40615-2"), "The \"Hobbit\"", "J. R. R. Tolkien", 1937);

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(250);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(30);
    }

    @Test
    void rendersBookFromCore() {
        assertEquals("{\"isbn\":\"9780306406157\",\"title\":\"The \\\"Hobbit\\\"\",\"author\":\"J. R. R. Tolkien\",\"year\":1937}",
                Json.book(hobbit));
    }

    @Test
    void rendersLoanFromService() {
        LoanService.Loan loan = new LoanService(14, 3, 10, 100).lend(hobbit, "ann", LocalDate.of(2025, 1, 30));
        assertEquals("{\"book\":" + Json.book(hobbit) + ",\"member\":\"ann\",\"due\":\"2025-02-13\"}", Json.loan(loan));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|`\"plain\"`",
        "back\\slash|`\"back\\\\slash\"`",
        "tab\there|`\"tab\\there\"`"
    })
    void escapes(String input, String expected) {
        assertEquals(expected, Json.string(input.replace("\\t", "\t")));
    }
}
