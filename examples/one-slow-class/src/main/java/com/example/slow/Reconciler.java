package com.example.slow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches ledger entries against bank statement entries (amounts in cents). */
public final class Reconciler {

    /** The outcome of a reconciliation: what matched and what is left over on either side. */
    public record Result(int matched, List<Long> onlyInLedger, List<Long> onlyInStatement) {

        public boolean balanced() {
            return onlyInLedger.isEmpty() && onlyInStatement.isEmpty();
        }
    }

    public Result reconcile(List<Long> ledger, List<Long> statement) {
        Map<Long, Integer> open = new HashMap<>();
        for (long amount : ledger) {
            open.merge(amount, 1, Integer::sum);
        }
        int matched = 0;
        List<Long> onlyInStatement = new ArrayList<>();
        for (long amount : statement) {
            Integer count = open.get(amount);
            if (count == null) {
                onlyInStatement.add(amount);
            } else {
                matched++;
                if (count == 1) {
                    open.remove(amount);
                } else {
                    open.put(amount, count - 1);
                }
            }
        }
        List<Long> onlyInLedger = new ArrayList<>();
        for (long amount : ledger) {
            Integer count = open.get(amount);
            if (count != null) {
                onlyInLedger.add(amount);
                if (count == 1) {
                    open.remove(amount);
                } else {
                    open.put(amount, count - 1);
                }
            }
        }
        return new Result(matched, List.copyOf(onlyInLedger), List.copyOf(onlyInStatement));
    }

    public static long balance(List<Long> amounts) {
        long sum = 0;
        for (long amount : amounts) {
            sum = Math.addExact(sum, amount);
        }
        return sum;
    }
}
