package com.example.cpu.bignum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FibonacciTest {

    @Test
    void iterationMatchesFastDoubling() {
        assertEquals(BigInteger.valueOf(12_586_269_025L), Fibonacci.fastDoubling(50));
        for (int n = 0; n < 90; n++) {
            assertEquals(Fibonacci.iterative(n), Fibonacci.fastDoubling(n));
        }
        BigInteger f = Fibonacci.iterative(150_000);
        assertEquals(f, Fibonacci.fastDoubling(150_000));
        assertEquals(31_348, f.toString().length());
    }

    @Test
    void gcdOfFibonacciNumbers() {
        int[][] pairs = {{110_000, 165_000}, {123_456, 98_765}, {150_000, 93_750}, {77_777, 140_000}};
        for (int[] p : pairs) {
            int g = BigInteger.valueOf(p[0]).gcd(BigInteger.valueOf(p[1])).intValueExact();
            assertEquals(Fibonacci.fastDoubling(g), Fibonacci.fastDoubling(p[0]).gcd(Fibonacci.fastDoubling(p[1])));
        }
    }

    @Test
    void cassiniAndLucasIdentities() {
        for (int n = 1; n <= 2_000_000; n = n * 2 + 1) {
            BigInteger a = Fibonacci.fastDoubling(n - 1);
            BigInteger b = Fibonacci.fastDoubling(n);
            BigInteger c = Fibonacci.fastDoubling(n + 1);
            assertEquals(BigInteger.valueOf(n % 2 == 0 ? 1 : -1), a.multiply(c).subtract(b.multiply(b)), "Cassini at " + n);
            assertEquals(Fibonacci.fastDoubling(2 * n), b.multiply(Fibonacci.lucas(n)), "F(2n) = F(n) L(n) at " + n);
        }
        assertEquals(BigInteger.valueOf(843), Fibonacci.lucas(14));
    }

    @Test
    void pisanoPeriods() {
        long[] expected = {60, 300, 1_500, 15_000, 150_000, 1_500_000, 15_000_000};
        long m = 10;
        for (long period : expected) {
            assertEquals(period, Fibonacci.pisanoPeriod(m), "pi(" + m + ")");
            assertEquals(0, Fibonacci.modular(period, m));
            assertEquals(1, Fibonacci.modular(period + 1, m));
            m *= 10;
        }
        assertEquals(Fibonacci.fastDoubling(100_000).mod(BigInteger.valueOf(1_000_000_007)).longValue(), Fibonacci.modular(100_000, 1_000_000_007));
        for (int p = 7; p < 22_000; p += 2) {
            if (!BigInteger.valueOf(p).isProbablePrime(30)) {
                continue;
            }
            long period = Fibonacci.pisanoPeriod(p);
            long bound = p % 5 == 1 || p % 5 == 4 ? p - 1 : 2L * (p + 1);
            assertEquals(0, bound % period, "pi(" + p + ") = " + period + " does not divide " + bound);
        }
    }
}
