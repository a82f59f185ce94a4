package com.example.cpu.primes;

/** Deterministic Miller-Rabin primality test for 0 <= n < 2^52. */
public final class MillerRabin {

    public static final long LIMIT = 1L << 52;

    private static final long[] BASES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private MillerRabin() {
    }

    /** a * b mod m for 0 <= a, b < m < 2^52, with a floating-point estimate of the quotient. */
    public static long mulMod(long a, long b, long m) {
        long q = (long) ((double) a * b / m);
        long r = (a * b - q * m) % m;
        return r < 0 ? r + m : r;
    }

    public static long powMod(long base, long exponent, long m) {
        long result = 1 % m;
        long b = base % m;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = mulMod(result, b, m);
            }
            b = mulMod(b, b, m);
            e >>= 1;
        }
        return result;
    }

    public static boolean isPrime(long n) {
        if (n < 0 || n >= LIMIT) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 2) {
            return false;
        }
        for (long p : BASES) {
            if (n % p == 0) {
                return n == p;
            }
        }
        long d = n - 1;
        int s = Long.numberOfTrailingZeros(d);
        d >>= s;
        for (long a : BASES) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) {
                continue;
            }
            boolean witness = true;
            for (int r = 1; r < s; r++) {
                x = mulMod(x, x, n);
                if (x == n - 1) {
                    witness = false;
                    break;
                }
            }
            if (witness) {
                return false;
            }
        }
        return true;
    }

    /** The smallest prime >= n. */
    public static long nextPrime(long n) {
        long candidate = Math.max(n, 2);
        while (!isPrime(candidate)) {
            candidate++;
        }
        return candidate;
    }
}
