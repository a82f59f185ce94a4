package com.example.cpu.primes;

import java.util.function.LongConsumer;

/** A segmented sieve: the primes of any range [lo, hi) with hi up to about 10^15, in bounded memory. */
public final class SegmentedSieve {

    private static final int SEGMENT = 1 << 16;

    private SegmentedSieve() {
    }

    public static void forEachPrime(long lo, long hi, LongConsumer action) {
        if (lo < 2) {
            lo = 2;
        }
        if (hi <= lo) {
            return;
        }
        int root = (int) Math.sqrt((double) hi) + 1;
        int[] basePrimes = Sieve.primesBelow(root + 1);
        boolean[] composite = new boolean[SEGMENT];
        for (long start = lo; start < hi; start += SEGMENT) {
            long end = Math.min(start + SEGMENT, hi);
            int size = (int) (end - start);
            java.util.Arrays.fill(composite, 0, size, false);
            for (int p : basePrimes) {
                long square = (long) p * p;
                if (square >= end) {
                    break;
                }
                long first = Math.max(square, (start + p - 1) / p * p);
                for (long m = first; m < end; m += p) {
                    composite[(int) (m - start)] = true;
                }
            }
            for (int i = 0; i < size; i++) {
                if (!composite[i]) {
                    action.accept(start + i);
                }
            }
        }
    }

    public static long count(long lo, long hi) {
        long[] count = {0};
        forEachPrime(lo, hi, p -> count[0]++);
        return count[0];
    }

    public static long sum(long lo, long hi) {
        long[] sum = {0};
        forEachPrime(lo, hi, p -> sum[0] += p);
        return sum[0];
    }

    /** Twin prime pairs (p, p + 2) with lo <= p and p + 2 < hi. */
    public static long twinPairs(long lo, long hi) {
        long[] state = {Long.MIN_VALUE, 0};
        forEachPrime(lo, hi, p -> {
            if (p - state[0] == 2) {
                state[1]++;
            }
            state[0] = p;
        });
        return state[1];
    }
}
