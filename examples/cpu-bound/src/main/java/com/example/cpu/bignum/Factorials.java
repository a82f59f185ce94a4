package com.example.cpu.bignum;

import java.math.BigInteger;

/** n! in two ways, and facts about its decimal digits. */
public final class Factorials {

    private Factorials() {
    }

    /** 1 * 2 * ... * n, one multiplication at a time. */
    public static BigInteger naive(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    /** The product of lo..hi by binary splitting (balanced multiplications, much faster for large n). */
    public static BigInteger productTree(int n) {
        return n < 2 ? BigInteger.ONE : product(2, n);
    }

    static BigInteger product(int lo, int hi) {
        if (hi - lo < 8) {
            BigInteger r = BigInteger.valueOf(lo);
            for (int i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        int mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** The number of trailing zeros of n! by Legendre's formula (the exponent of 5 in n!). */
    public static long trailingZeros(long n) {
        long count = 0;
        for (long p = 5; p <= n; p *= 5) {
            count += n / p;
        }
        return count;
    }

    public static int countTrailingZeros(String decimal) {
        int i = decimal.length() - 1;
        while (i > 0 && decimal.charAt(i) == '0') {
            i--;
        }
        return decimal.length() - 1 - i;
    }

    public static long digitSum(BigInteger value) {
        long sum = 0;
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i) - '0';
        }
        return sum;
    }

    /** The binomial coefficient C(n, k) by the multiplicative formula. */
    public static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        k = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
