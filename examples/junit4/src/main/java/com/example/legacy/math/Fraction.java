package com.example.legacy.math;

/** An exact fraction, always reduced, with a positive denominator. */
public final class Fraction implements Comparable<Fraction> {

    private final long num;
    private final long den;

    public Fraction(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("zero denominator");
        }
        long g = gcd(Math.abs(num), Math.abs(den));
        long sign = den < 0 ? -1 : 1;
        this.num = sign * num / g;
        this.den = sign * den / g;
    }

    public static Fraction parse(String s) {
        String[] parts = s.trim().split("/");
        if (parts.length == 1) {
            return new Fraction(Long.parseLong(parts[0].trim()), 1);
        }
        if (parts.length != 2) {
            throw new NumberFormatException("not a fraction: " + s);
        }
        return new Fraction(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
    }

    static long gcd(long a, long b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    public Fraction plus(Fraction o) {
        return new Fraction(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)), Math.multiplyExact(den, o.den));
    }

    public Fraction times(Fraction o) {
        return new Fraction(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
    }

    public Fraction reciprocal() {
        return new Fraction(den, num);
    }

    public long numerator() {
        return num;
    }

    public long denominator() {
        return den;
    }

    @Override
    public int compareTo(Fraction o) {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && f.num == num && f.den == den;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(num) * 31 + Long.hashCode(den);
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
