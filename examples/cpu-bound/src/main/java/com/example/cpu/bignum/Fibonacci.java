package com.example.cpu.bignum;

import java.math.BigInteger;

/** Fibonacci and Lucas numbers of arbitrary size. */
public final class Fibonacci {

    private Fibonacci() {
    }

    /** F(n) by n additions. */
    public static BigInteger iterative(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }

    /** F(n) by fast doubling: F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2. */
    public static BigInteger fastDoubling(int n) {
        return pair(n)[0];
    }

    /** {F(n), F(n+1)}. */
    static BigInteger[] pair(int n) {
        if (n == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger[] half = pair(n >>> 1);
        BigInteger a = half[0];
        BigInteger b = half[1];
        BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
        BigInteger d = a.multiply(a).add(b.multiply(b));
        return (n & 1) == 0 ? new BigInteger[] {c, d} : new BigInteger[] {d, c.add(d)};
    }

    /** The Lucas number L(n) = F(n-1) + F(n+1) = 2F(n+1) - F(n). */
    public static BigInteger lucas(int n) {
        BigInteger[] p = pair(n);
        return p[1].shiftLeft(1).subtract(p[0]);
    }

    /** F(n) mod m by fast doubling with longs (m < 2^31). */
    public static long modular(long n, long m) {
        long[] p = pairMod(n, m);
        return p[0];
    }

    private static long[] pairMod(long n, long m) {
        if (n == 0) {
            return new long[] {0, 1 % m};
        }
        long[] half = pairMod(n >>> 1, m);
        long a = half[0];
        long b = half[1];
        long c = a * ((2 * b - a + m) % m) % m;
        long d = (a * a + b * b) % m;
        return (n & 1) == 0 ? new long[] {c, d} : new long[] {d, (c + d) % m};
    }

    /** The Pisano period pi(m): the period of F(n) mod m, found by walking the sequence. */
    public static long pisanoPeriod(long m) {
        long a = 0;
        long b = 1 % m;
        for (long i = 1; ; i++) {
            long t = (a + b) % m;
            a = b;
            b = t;
            if (a == 0 && b == 1 % m) {
                return i;
            }
        }
    }
}
