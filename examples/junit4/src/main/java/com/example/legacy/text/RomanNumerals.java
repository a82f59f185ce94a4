package com.example.legacy.text;

/** Conversion between integers 1..3999 and Roman numerals. */
public final class RomanNumerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    public static String toRoman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                n -= VALUES[i];
            }
        }
        return sb.toString();
    }

    public static int fromRoman(String s) {
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < s.length(); k++) {
            while (s.startsWith(SYMBOLS[k], i)) {
                total += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        if (i != s.length() || total == 0 || !toRoman(total).equals(s)) {
            throw new IllegalArgumentException("not a canonical Roman numeral: " + s);
        }
        return total;
    }
}
