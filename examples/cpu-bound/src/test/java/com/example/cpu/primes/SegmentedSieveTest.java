package com.example.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentedSieveTest {

    private static final long TEN_TO_12 = 1_000_000_000_000L;

    @Test
    void agreesWithPlainSieve() {
        assertEquals(Sieve.count(30_000_000), SegmentedSieve.count(0, 30_000_000));
        assertEquals(Sieve.twinPairs(30_000_000), SegmentedSieve.twinPairs(0, 30_000_000));
    }

    @Test
    void countsPrimesBelowTenToTheEight() {
        assertEquals(5_761_455, SegmentedSieve.count(0, 100_000_000));
    }

    @Test
    void countsPrimesAboveTenToTheTwelve() {
        assertEquals(1_085_227, SegmentedSieve.count(TEN_TO_12, TEN_TO_12 + 30_000_000));
    }

    @Test
    void sumsPrimesAboveTenToTheTwelve() {
        assertEquals(1_085_243_284_561_924_721L, SegmentedSieve.sum(TEN_TO_12, TEN_TO_12 + 30_000_000));
    }

    @Test
    void countsTwinPrimesAboveTenToTheTwelve() {
        assertEquals(52_078, SegmentedSieve.twinPairs(TEN_TO_12, TEN_TO_12 + 30_000_000));
    }

    @Test
    void adjacentRangesAddUp() {
        long lo = 5_000_000_000L;
        long total = 0;
        for (long start = lo; start < lo + 20_000_000; start += 1_234_567) {
            total += SegmentedSieve.count(start, Math.min(start + 1_234_567, lo + 20_000_000));
        }
        assertEquals(SegmentedSieve.count(lo, lo + 20_000_000), total);
    }
}
