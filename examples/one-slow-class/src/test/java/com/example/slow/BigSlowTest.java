package com.example.slow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.Slow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one slow class of this project: every test waits 5 s (a simulated end-to-end run against a
 * slow bank system), 30 s for the class, twice as long as all other classes together.
 */
class BigSlowTest {

    private static final long END_TO_END_MILLIS = 5_000;

    private final Reconciler reconciler = new Reconciler();

    @Test
    void identicalListsAreBalanced() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        List<Long> amounts = List.of(1_999L, 250L, 250L, 12_000L);
        Reconciler.Result result = reconciler.reconcile(amounts, amounts);
        assertTrue(result.balanced());
        assertEquals(4, result.matched());
    }

    @Test
    void orderDoesNotMatter() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        List<Long> ledger = new ArrayList<>();
        for (long i = 1; i <= 1_000; i++) {
            ledger.add(i * 7 % 1_001);
        }
        List<Long> statement = new ArrayList<>(ledger);
        Collections.reverse(statement);
        Reconciler.Result result = reconciler.reconcile(ledger, statement);
        assertTrue(result.balanced());
        assertEquals(1_000, result.matched());
    }

    @Test
    void missingBankEntryIsReported() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        Reconciler.Result result = reconciler.reconcile(List.of(100L, 200L, 300L), List.of(300L, 100L));
        assertFalse(result.balanced());
        assertEquals(List.of(200L), result.onlyInLedger());
        assertEquals(List.of(), result.onlyInStatement());
    }

    @Test
    void unexpectedBankEntryIsReported() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        Reconciler.Result result = reconciler.reconcile(List.of(100L), List.of(100L, -4_500L));
        assertEquals(1, result.matched());
        assertEquals(List.of(-4_500L), result.onlyInStatement());
    }

    @Test
    void duplicatesAreMatchedOneByOne() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        Reconciler.Result result = reconciler.reconcile(List.of(500L, 500L, 500L), List.of(500L));
        assertEquals(1, result.matched());
        assertEquals(List.of(500L, 500L), result.onlyInLedger());
    }

    @Test
    void balanceSumsAndDetectsOverflow() {
        Slow.sleepMillis(END_TO_END_MILLIS);
        assertEquals(12_449L, Reconciler.balance(List.of(1_999L, 250L, 250L, 12_000L, -2_050L)));
        assertThrows(ArithmeticException.class, () -> Reconciler.balance(List.of(Long.MAX_VALUE, 1L)));
    }
}
