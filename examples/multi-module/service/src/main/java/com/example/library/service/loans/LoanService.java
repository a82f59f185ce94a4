package com.example.library.service.loans;

import com.example.library.core.model.Book;
import com.example.library.core.model.Isbn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lends books: one copy per ISBN, a loan period, a per-member limit and late fees. */
public final class LoanService {

    /** An active or returned loan. */
    public record Loan(Book book, String member, LocalDate from, LocalDate due) {
    }

    private final int loanDays;
    private final int maxLoansPerMember;
    private final long feeCentsPerDay;
    private final long maxFeeCents;
    private final Map<Isbn, Loan> active = new HashMap<>();

    public LoanService(int loanDays, int maxLoansPerMember, long feeCentsPerDay, long maxFeeCents) {
        this.loanDays = loanDays;
        this.maxLoansPerMember = maxLoansPerMember;
        this.feeCentsPerDay = feeCentsPerDay;
        this.maxFeeCents = maxFeeCents;
    }

    public Loan lend(Book book, String member, LocalDate today) {
        if (active.containsKey(book.isbn())) {
            throw new IllegalStateException("already lent: " + book.title());
        }
        if (loansOf(member).size() >= maxLoansPerMember) {
            throw new IllegalStateException(member + " has reached the limit of " + maxLoansPerMember + " loans");
        }
        Loan loan = new Loan(book, member, today, today.plusDays(loanDays));
        active.put(book.isbn(), loan);
        return loan;
    }

    /** Returns the book and the late fee in cents. */
    public long giveBack(Book book, LocalDate today) {
        Loan loan = active.remove(book.isbn());
        if (loan == null) {
            throw new IllegalStateException("not lent: " + book.title());
        }
        long late = ChronoUnit.DAYS.between(loan.due(), today);
        return late <= 0 ? 0 : Math.min(maxFeeCents, late * feeCentsPerDay);
    }

    public List<Loan> loansOf(String member) {
        return active.values().stream().filter(l -> l.member().equals(member)).toList();
    }

    public List<Loan> overdue(LocalDate today) {
        return active.values().stream().filter(l -> l.due().isBefore(today))
                .sorted(java.util.Comparator.comparing(Loan::due)).toList();
    }

    public boolean isAvailable(Book book) {
        return !active.containsKey(book.isbn());
    }
}
