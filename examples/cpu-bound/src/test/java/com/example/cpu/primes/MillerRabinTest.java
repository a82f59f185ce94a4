package com.example.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class MillerRabinTest {

    @Test
    void agreesWithSieveBelowThreeMillion() {
        boolean[] prime = Sieve.primeTable(3_000_000);
        for (int n = 0; n < prime.length; n++) {
            assertEquals(prime[n], MillerRabin.isPrime(n), String.valueOf(n));
        }
    }

    @Test
    void agreesWithSegmentedSieveJustBelowTheLimit() {
        long hi = MillerRabin.LIMIT;
        long lo = hi - 1_500_000;
        long count = 0;
        for (long n = lo; n < hi; n++) {
            if (MillerRabin.isPrime(n)) {
                count++;
            }
        }
        assertEquals(41_549, count);
        assertEquals(SegmentedSieve.count(lo, hi), count);
    }

    @Test
    void agreesWithBigIntegerAboveTenToTheFourteen() {
        long lo = 100_000_000_000_000L;
        long count = 0;
        long sum = 0;
        for (long n = lo; n < lo + 2_000_000; n++) {
            boolean isPrime = MillerRabin.isPrime(n);
            if (isPrime) {
                count++;
                sum += n;
            }
            if (n % 64 == 1) {
                assertEquals(BigInteger.valueOf(n).isProbablePrime(40), isPrime, String.valueOf(n));
            }
        }
        assertEquals(61_781, count);
        assertEquals(6_178_100_061_822_154_323L, sum);
    }

    @Test
    void findsNextPrimesAfterPowersOfTen() {
        long[] expected = {
            11L, 101L, 1_009L, 10_007L, 100_003L, 1_000_003L, 10_000_019L, 100_000_007L, 1_000_000_007L,
            10_000_000_019L, 100_000_000_003L, 1_000_000_000_039L, 10_000_000_000_037L, 100_000_000_000_031L,
            1_000_000_000_000_037L
        };
        for (int round = 0; round < 3_000; round++) {
            long power = 10;
            for (long p : expected) {
                assertEquals(p, MillerRabin.nextPrime(power));
                power *= 10;
            }
        }
    }

    @Test
    void rejectsCarmichaelNumbersAndStrongPseudoprimes() {
        for (int n : Factorization.carmichaelNumbers(30_000_000)) {
            assertFalse(MillerRabin.isPrime(n), n + " is a Carmichael number");
            assertEquals(1, MillerRabin.powMod(2, n - 1, n), n + " fools Fermat's test to base 2");
        }
        long[] strongPseudoprimes = {2_047L, 1_373_653L, 25_326_001L, 3_215_031_751L, 2_152_302_898_747L, 3_474_749_660_383L, 341_550_071_728_321L};
        for (long n : strongPseudoprimes) {
            assertFalse(MillerRabin.isPrime(n), String.valueOf(n));
        }
    }

    @Test
    void fermatHoldsForEveryPrimeBelowTwoMillion() {
        for (int p : Sieve.primesBelow(2_000_000)) {
            for (long a = 2; a < 12; a++) {
                if (a % p != 0) {
                    assertEquals(1, MillerRabin.powMod(a, p - 1, p), a + "^(p-1) mod " + p);
                }
            }
        }
        assertTrue(MillerRabin.isPrime((1L << 31) - 1));
        assertFalse(MillerRabin.isPrime((1L << 29) - 1));
    }
}
