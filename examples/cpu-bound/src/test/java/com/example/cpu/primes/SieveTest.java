package com.example.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SieveTest {

    @Test
    void countsPrimesBelowPowersOfTen() {
        int[] expected = {0, 4, 25, 168, 1_229, 9_592, 78_498, 664_579, 5_761_455};
        int limit = 1;
        for (int k = 0; k < expected.length; k++, limit *= 10) {
            assertEquals(expected[k], Sieve.count(limit), "pi(10^" + k + ")");
        }
    }

    @Test
    void sumsPrimes() {
        assertEquals(142_913_828_922L, Sieve.sum(2_000_000));
        assertEquals(SUM_BELOW_30M, Sieve.sum(30_000_000));
    }

    @Test
    void countsTwinPrimes() {
        assertEquals(35, Sieve.twinPairs(1_000));
        assertEquals(TWINS_BELOW_40M, Sieve.twinPairs(40_000_000));
    }

    @Test
    void findsLargestPrimeGap() {
        assertEquals(MAX_GAP_BELOW_50M, Sieve.maxGap(50_000_000));
    }

    @Test
    void listsOnlyPrimesInOrder() {
        int[] primes = Sieve.primesBelow(4_000_000);
        assertArrayEquals(new int[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}, java.util.Arrays.copyOf(primes, 10));
        for (int i = 0; i < primes.length; i++) {
            assertTrue(i == 0 || primes[i - 1] < primes[i]);
            assertTrue(isPrimeByTrialDivision(primes[i]), primes[i] + " is not prime");
        }
        assertEquals(283_146, primes.length);
    }

    private static boolean isPrimeByTrialDivision(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    private static final long SUM_BELOW_30M = 26_942_805_919_966L;
    private static final int TWINS_BELOW_40M = 196_753;
    private static final int MAX_GAP_BELOW_50M = 220;
}
