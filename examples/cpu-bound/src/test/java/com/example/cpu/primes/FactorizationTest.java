package com.example.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cpu.common.SplitMix64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorizationTest {

    @Test
    void totientSumsAgree() {
        assertEquals(303_963_552_392L, Factorization.totientSum(1_000_000));
        assertEquals(Factorization.totientSumBySieve(10_000_000), Factorization.totientSum(10_000_000));
    }

    @Test
    void mertensFunctionAtPowersOfTen() {
        int[] expected = {1, -1, 1, 2, -23, -48, 212, 1_037};
        int n = 1;
        for (int k = 0; k < expected.length; k++, n *= 10) {
            assertEquals(expected[k], Factorization.mertens(n), "M(10^" + k + ")");
        }
        assertEquals(-1_157, Factorization.mertens(30_000_000));
    }

    @Test
    void divisorSumsAgree() {
        int n = 6_000_000;
        assertEquals(Factorization.divisorCountSumByHyperbola(n), Factorization.divisorCountSum(n));
        assertEquals(27, Factorization.divisorCountSum(10));
    }

    @Test
    void findsCarmichaelNumbers() {
        List<Integer> carmichael = Factorization.carmichaelNumbers(30_000_000);
        assertEquals(List.of(561, 1_105, 1_729, 2_465, 2_821, 6_601, 8_911), carmichael.subList(0, 7));
        assertEquals(CARMICHAEL_BELOW_30M, carmichael.size());
    }

    @Test
    void pollardRhoFactorsSemiprimes() {
        assertEquals(List.of(71L, 839L, 1_471L, 6_857L), Factorization.factor(600_851_475_143L));
        SplitMix64 rng = new SplitMix64(42);
        for (int i = 0; i < 1_200; i++) {
            long p = MillerRabin.nextPrime(1_000_000 + rng.nextLong(60_000_000));
            long q = MillerRabin.nextPrime(1_000_000 + rng.nextLong(60_000_000));
            List<Long> factors = Factorization.factor(p * q);
            assertEquals(List.of(Math.min(p, q), Math.max(p, q)), factors, p + " * " + q);
        }
    }

    @Test
    void factorsRandomNumbersCompletely() {
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < 6_000; i++) {
            long n = 2 + rng.nextLong(MillerRabin.LIMIT - 2);
            long product = 1;
            for (long f : Factorization.factor(n)) {
                assertTrue(MillerRabin.isPrime(f), f + " is not prime");
                product *= f;
            }
            assertEquals(n, product);
        }
    }

    private static final int CARMICHAEL_BELOW_30M = 157;
}
