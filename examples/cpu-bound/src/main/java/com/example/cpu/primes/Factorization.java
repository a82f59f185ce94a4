package com.example.cpu.primes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Factor tables, multiplicative functions and Pollard's rho. */
public final class Factorization {

    private Factorization() {
    }

    /** {@code spf[n]} is the smallest prime factor of n for 2 <= n < limit (linear sieve). */
    public static int[] smallestPrimeFactors(int limit) {
        int[] spf = new int[limit];
        int[] primes = new int[Math.max(16, limit / 8)];
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (spf[i] == 0) {
                spf[i] = i;
                if (count == primes.length) {
                    primes = java.util.Arrays.copyOf(primes, count * 2);
                }
                primes[count++] = i;
            }
            for (int k = 0; k < count; k++) {
                int p = primes[k];
                long m = (long) p * i;
                if (p > spf[i] || m >= limit) {
                    break;
                }
                spf[(int) m] = p;
            }
        }
        return spf;
    }

    /** Sum of Euler's totient phi(k) for 1 <= k <= n, from the smallest-prime-factor table. */
    public static long totientSum(int n) {
        int[] spf = smallestPrimeFactors(n + 1);
        int[] phi = new int[n + 1];
        long sum = n >= 1 ? 1 : 0;
        if (n >= 1) {
            phi[1] = 1;
        }
        for (int i = 2; i <= n; i++) {
            int p = spf[i];
            int rest = i / p;
            phi[i] = rest % p == 0 ? phi[rest] * p : phi[rest] * (p - 1);
            sum += phi[i];
        }
        return sum;
    }

    /** The same sum by the classic phi sieve (phi[j] -= phi[j] / p for every prime p dividing j). */
    public static long totientSumBySieve(int n) {
        int[] phi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            phi[i] = i;
        }
        for (int p = 2; p <= n; p++) {
            if (phi[p] == p) {
                for (int j = p; j <= n; j += p) {
                    phi[j] -= phi[j] / p;
                }
            }
        }
        long sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += phi[i];
        }
        return sum;
    }

    /** The Mertens function M(n), the sum of the Moebius function mu(k) for 1 <= k <= n. */
    public static int mertens(int n) {
        int[] spf = smallestPrimeFactors(n + 1);
        byte[] mu = new byte[n + 1];
        int sum = 0;
        if (n >= 1) {
            mu[1] = 1;
            sum = 1;
        }
        for (int i = 2; i <= n; i++) {
            int p = spf[i];
            int rest = i / p;
            mu[i] = rest % p == 0 ? 0 : (byte) -mu[rest];
            sum += mu[i];
        }
        return sum;
    }

    /** Sum of the number of divisors d(k) for 1 <= k <= n, by factoring every k. */
    public static long divisorCountSum(int n) {
        int[] spf = smallestPrimeFactors(n + 1);
        long sum = 0;
        for (int k = 1; k <= n; k++) {
            int m = k;
            long divisors = 1;
            while (m > 1) {
                int p = spf[m];
                int e = 0;
                while (m % p == 0) {
                    m /= p;
                    e++;
                }
                divisors *= e + 1;
            }
            sum += divisors;
        }
        return sum;
    }

    /** The same sum by Dirichlet's hyperbola method: 2 * sum floor(n/k) for k <= sqrt(n), minus floor(sqrt(n))^2. */
    public static long divisorCountSumByHyperbola(long n) {
        long root = (long) Math.sqrt((double) n);
        while (root * root > n) {
            root--;
        }
        while ((root + 1) * (root + 1) <= n) {
            root++;
        }
        long sum = 0;
        for (long k = 1; k <= root; k++) {
            sum += n / k;
        }
        return 2 * sum - root * root;
    }

    /** Carmichael numbers below limit (Korselt: composite, square-free, p - 1 | n - 1 for all p | n). */
    public static List<Integer> carmichaelNumbers(int limit) {
        int[] spf = smallestPrimeFactors(limit);
        List<Integer> result = new ArrayList<>();
        for (int n = 3; n < limit; n += 2) {
            if (spf[n] == n) {
                continue;
            }
            int m = n;
            boolean korselt = true;
            while (m > 1 && korselt) {
                int p = spf[m];
                m /= p;
                if (m % p == 0 || (n - 1) % (p - 1) != 0) {
                    korselt = false;
                }
            }
            if (korselt) {
                result.add(n);
            }
        }
        return result;
    }

    /** The prime factors of n (2 <= n < 2^52) in ascending order, with multiplicity. */
    public static List<Long> factor(long n) {
        List<Long> factors = new ArrayList<>();
        for (long p : new long[] {2, 3, 5, 7, 11, 13}) {
            while (n % p == 0) {
                factors.add(p);
                n /= p;
            }
        }
        split(n, factors);
        Collections.sort(factors);
        return factors;
    }

    private static void split(long n, List<Long> factors) {
        if (n == 1) {
            return;
        }
        if (MillerRabin.isPrime(n)) {
            factors.add(n);
            return;
        }
        long d = rho(n);
        split(d, factors);
        split(n / d, factors);
    }

    /** A non-trivial factor of the odd composite n (Brent's variant of Pollard's rho). */
    static long rho(long n) {
        for (long c = 1; ; c++) {
            long y = 2;
            long x;
            long g = 1;
            long q = 1;
            long ys = y;
            int r = 1;
            final int m = 128;
            do {
                x = y;
                for (int i = 0; i < r; i++) {
                    y = (MillerRabin.mulMod(y, y, n) + c) % n;
                }
                int k = 0;
                do {
                    ys = y;
                    for (int i = 0; i < Math.min(m, r - k); i++) {
                        y = (MillerRabin.mulMod(y, y, n) + c) % n;
                        q = MillerRabin.mulMod(q, Math.abs(x - y), n);
                    }
                    g = gcd(q, n);
                    k += m;
                } while (k < r && g == 1);
                r *= 2;
            } while (g == 1);
            if (g == n) {
                do {
                    ys = (MillerRabin.mulMod(ys, ys, n) + c) % n;
                    g = gcd(Math.abs(x - ys), n);
                } while (g == 1);
            }
            if (g != n) {
                return g;
            }
        }
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
