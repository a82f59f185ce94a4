package com.example.library.service.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.library.core.model.Book;
import com.example.library.core.model.Isbn;
import com.example.library.service.Slow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 1);

    private final Book hobbit = new Book(Isbn.parse("9780306406157"), "The Hobbit", "J. R. R. Tolkien", 1937);
    private final Book ficciones = new Book(Isbn.parse("9783161484100"), "Ficciones", "Jorge Luis Borges", 1944);
    private final Book silmarillion = new Book(Isbn.parse("080442957X"), "The Silmarillion", "J. R. R. Tolkien", 1977);
    private LoanService loans;

    @BeforeAll
    static void startLoanLedger() {
        Slow.sleepMillis(350);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(45);
        loans = new LoanService(21, 2, 50, 1000);
    }

    @Test
    void lendSetsDueDate() {
        LoanService.Loan loan = loans.lend(hobbit, "ann", DAY);
        assertEquals(LocalDate.of(2025, 5, 22), loan.due());
        assertFalse(loans.isAvailable(hobbit));
    }

    @Test
    void oneCopyPerIsbn() {
        loans.lend(hobbit, "ann", DAY);
        assertThrows(IllegalStateException.class, () -> loans.lend(hobbit, "bob", DAY));
    }

    @Test
    void memberLimit() {
        loans.lend(hobbit, "ann", DAY);
        loans.lend(ficciones, "ann", DAY);
        assertThrows(IllegalStateException.class, () -> loans.lend(silmarillion, "ann", DAY));
        assertEquals(2, loans.loansOf("ann").size());
    }

    @ParameterizedTest
    @CsvSource({"2025-05-22, 0", "2025-05-25, 150", "2025-08-01, 1000"})
    void lateFees(LocalDate returned, long fee) {
        loans.lend(hobbit, "ann", DAY);
        assertEquals(fee, loans.giveBack(hobbit, returned));
        assertTrue(loans.isAvailable(hobbit));
    }

    @Test
    void overdueSortedByDueDate() {
        loans.lend(ficciones, "ann", DAY.plusDays(3));
        loans.lend(hobbit, "bob", DAY);
        loans.lend(silmarillion, "cid", DAY.plusDays(30));
        assertEquals(List.of("The Hobbit", "Ficciones"),
                loans.overdue(LocalDate.of(2025, 6, 1)).stream().map(l -> l.book().title()).toList());
    }

    @Test
    void cannotReturnWhatWasNotLent() {
        assertThrows(IllegalStateException.class, () -> loans.giveBack(hobbit, DAY));
    }
}
