package com.example.cpu.bignum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FactorialTest {

    @Test
    void naiveMatchesProductTree() {
        for (int n = 0; n <= 20_000; n += 2_500) {
            assertEquals(Factorials.naive(n), Factorials.productTree(n), n + "!");
        }
    }

    @Test
    void knownDigitFacts() {
        assertEquals(648, Factorials.digitSum(Factorials.productTree(100)));
        assertEquals(10_539, Factorials.digitSum(Factorials.naive(1_000)));
        assertEquals(35_660, Factorials.productTree(10_000).toString().length());
        BigInteger big = Factorials.productTree(20_000);
        assertEquals(77_338, big.toString().length());
        assertEquals(325_494, Factorials.digitSum(big));
        BigInteger bigger = Factorials.productTree(50_000);
        assertEquals(213_237, bigger.toString().length());
        assertEquals(903_555, Factorials.digitSum(bigger));
    }

    @Test
    void trailingZerosMatchLegendre() {
        for (int n = 1; n <= 60_000; n = n * 3 / 2 + 1) {
            String digits = Factorials.productTree(n).toString();
            assertEquals(Factorials.trailingZeros(n), Factorials.countTrailingZeros(digits), n + "!");
        }
        assertEquals(249_999_998L, Factorials.trailingZeros(1_000_000_000L));
    }

    @Test
    void binomialsFromFactorials() {
        int n = 2_200;
        BigInteger nFactorial = Factorials.productTree(n);
        BigInteger rowSum = BigInteger.ZERO;
        for (int k = 0; k <= n; k += 1) {
            BigInteger binomial = Factorials.binomial(n, k);
            if (k % 250 == 0) {
                BigInteger viaFactorials = nFactorial.divide(Factorials.productTree(k).multiply(Factorials.productTree(n - k)));
                assertEquals(viaFactorials, binomial, "C(" + n + ", " + k + ")");
            }
            rowSum = rowSum.add(binomial);
        }
        assertEquals(BigInteger.ONE.shiftLeft(n), rowSum);
    }

    @Test
    void wilsonsTheorem() {
        for (int p = 2; p < 3_000; p++) {
            boolean prime = BigInteger.valueOf(p).isProbablePrime(30);
            BigInteger r = Factorials.productTree(p - 1).mod(BigInteger.valueOf(p));
            assertEquals(prime, r.equals(BigInteger.valueOf(p - 1)), "(p-1)! mod p for p = " + p);
        }
    }
}
