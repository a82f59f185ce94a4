package com.example.cpu.bignum;

import java.math.BigInteger;

/** Decimal digits of pi and e with fixed-point BigInteger arithmetic. */
public final class PiDigits {

    private PiDigits() {
    }

    /** arctan(1/x) * 10^scale, truncated, by its Taylor series. */
    static BigInteger arccot(long x, BigInteger unity) {
        BigInteger bx = BigInteger.valueOf(x);
        BigInteger x2 = BigInteger.valueOf(x * x);
        BigInteger term = unity.divide(bx);
        BigInteger sum = term;
        long n = 1;
        boolean subtract = true;
        while (term.signum() != 0) {
            term = term.divide(x2);
            n += 2;
            BigInteger t = term.divide(BigInteger.valueOf(n));
            sum = subtract ? sum.subtract(t) : sum.add(t);
            subtract = !subtract;
        }
        return sum;
    }

    /** pi with the given number of decimal digits after "3", by Machin: pi = 16 arctan(1/5) - 4 arctan(1/239). */
    public static String machin(int digits) {
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger pi = arccot(5, unity).shiftLeft(4).subtract(arccot(239, unity).shiftLeft(2));
        return pi.divide(BigInteger.TEN.pow(10)).toString();
    }

    /** pi by Gauss: pi = 48 arctan(1/18) + 32 arctan(1/57) - 20 arctan(1/239). */
    public static String gauss(int digits) {
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger pi = arccot(18, unity).multiply(BigInteger.valueOf(48))
                .add(arccot(57, unity).multiply(BigInteger.valueOf(32)))
                .subtract(arccot(239, unity).multiply(BigInteger.valueOf(20)));
        return pi.divide(BigInteger.TEN.pow(10)).toString();
    }

    /** e with the given number of decimal digits after "2", by the series sum 1/k!. */
    public static String e(int digits) {
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger term = unity;
        BigInteger sum = BigInteger.ZERO;
        for (int k = 1; term.signum() != 0; k++) {
            sum = sum.add(term);
            term = term.divide(BigInteger.valueOf(k));
        }
        return sum.divide(BigInteger.TEN.pow(10)).toString();
    }

    /** How often each decimal digit occurs in s. */
    public static int[] digitCounts(String s) {
        int[] counts = new int[10];
        for (int i = 0; i < s.length(); i++) {
            counts[s.charAt(i) - '0']++;
        }
        return counts;
    }
}
