package com.example.cpu.primes;

import java.util.Arrays;

/** The sieve of Eratosthenes over a {@code boolean[]}. */
public final class Sieve {

    private Sieve() {
    }

    /** {@code table[n]} is true if n is prime, for 0 <= n < limit. */
    public static boolean[] primeTable(int limit) {
        boolean[] prime = new boolean[Math.max(limit, 0)];
        if (limit > 2) {
            Arrays.fill(prime, 2, limit, true);
        }
        for (int i = 2; (long) i * i < limit; i++) {
            if (prime[i]) {
                for (int j = i * i; j < limit; j += i) {
                    prime[j] = false;
                }
            }
        }
        return prime;
    }

    /** The number of primes below limit, pi(limit - 1). */
    public static int count(int limit) {
        int count = 0;
        for (boolean p : primeTable(limit)) {
            if (p) {
                count++;
            }
        }
        return count;
    }

    public static long sum(int limit) {
        boolean[] prime = primeTable(limit);
        long sum = 0;
        for (int i = 0; i < prime.length; i++) {
            if (prime[i]) {
                sum += i;
            }
        }
        return sum;
    }

    public static int[] primesBelow(int limit) {
        boolean[] prime = primeTable(limit);
        int[] primes = new int[16];
        int n = 0;
        for (int i = 0; i < prime.length; i++) {
            if (prime[i]) {
                if (n == primes.length) {
                    primes = Arrays.copyOf(primes, n * 2);
                }
                primes[n++] = i;
            }
        }
        return Arrays.copyOf(primes, n);
    }

    /** Pairs (p, p + 2) of primes with p + 2 < limit. */
    public static int twinPairs(int limit) {
        boolean[] prime = primeTable(limit);
        int pairs = 0;
        for (int i = 2; i + 2 < limit; i++) {
            if (prime[i] && prime[i + 2]) {
                pairs++;
            }
        }
        return pairs;
    }

    /** The largest gap between consecutive primes below limit. */
    public static int maxGap(int limit) {
        boolean[] prime = primeTable(limit);
        int last = -1;
        int gap = 0;
        for (int i = 2; i < limit; i++) {
            if (prime[i]) {
                if (last > 0) {
                    gap = Math.max(gap, i - last);
                }
                last = i;
            }
        }
        return gap;
    }
}
