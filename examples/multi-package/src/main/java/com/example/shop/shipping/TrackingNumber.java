package com.example.shop.shipping;

/** A tracking number "XX123456789YY" (UPU S10): 2 letters, 8 digits + check digit, 2-letter country. */
public record TrackingNumber(String value) {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    public static TrackingNumber parse(String text) {
        String v = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("[A-Z]{2}\\d{9}[A-Z]{2}")) {
            throw new IllegalArgumentException("malformed tracking number: " + text);
        }
        int expected = checkDigit(v.substring(2, 10));
        if (v.charAt(10) - '0' != expected) {
            throw new IllegalArgumentException("bad check digit in " + text);
        }
        return new TrackingNumber(v);
    }

    public static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int c = 11 - (sum % 11);
        if (c == 10) {
            return 0;
        }
        if (c == 11) {
            return 5;
        }
        return c;
    }

    public static TrackingNumber create(String service, int serial, String country) {
        String digits = String.format("%08d", serial);
        return parse(service + digits + checkDigit(digits) + country);
    }

    public String country() {
        return value.substring(11);
    }
}
