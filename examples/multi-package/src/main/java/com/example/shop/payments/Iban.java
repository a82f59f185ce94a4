package com.example.shop.payments;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/** An IBAN with mod-97 validation and country-specific length. */
public record Iban(String value) {

    private static final Map<String, Integer> LENGTHS = Map.of(
            "DE", 22, "FR", 27, "NL", 18, "IT", 27, "LU", 20, "CH", 21, "GB", 22, "BE", 16);

    public static Iban parse(String text) {
        String v = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.length() < 5 || !v.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            throw new IllegalArgumentException("malformed IBAN");
        }
        Integer expected = LENGTHS.get(v.substring(0, 2));
        if (expected == null) {
            throw new IllegalArgumentException("unsupported country " + v.substring(0, 2));
        }
        if (v.length() != expected) {
            throw new IllegalArgumentException("IBAN for " + v.substring(0, 2) + " must have " + expected + " characters");
        }
        if (!checksumOk(v)) {
            throw new IllegalArgumentException("IBAN checksum mismatch");
        }
        return new Iban(v);
    }

    static boolean checksumOk(String v) {
        String rearranged = v.substring(4) + v.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** Groups of four: "DE89 3704 0044 0532 0130 00". */
    public String formatted() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(value, i, Math.min(i + 4, value.length()));
        }
        return sb.toString();
    }
}
