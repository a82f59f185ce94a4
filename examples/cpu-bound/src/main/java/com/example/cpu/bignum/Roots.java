package com.example.cpu.bignum;

import java.math.BigInteger;

/** Integer roots by Newton's method and decimal expansions of square roots. */
public final class Roots {

    private Roots() {
    }

    /** floor(sqrt(n)) by Newton's iteration from an over-estimate. */
    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw new ArithmeticException("negative");
        }
        if (n.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger x = BigInteger.ONE.shiftLeft((n.bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** floor(n^(1/k)) by Newton's iteration. */
    public static BigInteger iroot(BigInteger n, int k) {
        if (n.signum() < 0 || k < 1) {
            throw new ArithmeticException("bad arguments");
        }
        if (n.signum() == 0 || k == 1) {
            return n;
        }
        BigInteger bk = BigInteger.valueOf(k);
        BigInteger km1 = BigInteger.valueOf(k - 1);
        BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / k + 1);
        while (true) {
            BigInteger y = km1.multiply(x).add(n.divide(x.pow(k - 1))).divide(bk);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** The first digits decimal digits of sqrt(n) (no decimal point), truncated. */
    public static String sqrtDigits(int n, int digits) {
        BigInteger scaled = BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(2 * (digits - 1)));
        return isqrt(scaled).toString();
    }
}
