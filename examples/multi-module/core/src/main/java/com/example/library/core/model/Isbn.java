package com.example.library.core.model;

/** An ISBN-13. ISBN-10 input is converted; hyphens and spaces are ignored. */
public record Isbn(String value) {

    public Isbn {
        if (value == null || !value.matches("97[89]\\d{10}") || checkDigit13(value.substring(0, 12)) != value.charAt(12) - '0') {
            throw new IllegalArgumentException("invalid ISBN-13: " + value);
        }
    }

    public static Isbn parse(String text) {
        String s = text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 10) {
            if (!s.matches("\\d{9}[\\dX]")) {
                throw new IllegalArgumentException("invalid ISBN-10: " + text);
            }
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = s.charAt(i) == 'X' ? 10 : s.charAt(i) - '0';
                sum += d * (10 - i);
            }
            if (sum % 11 != 0) {
                throw new IllegalArgumentException("invalid ISBN-10 check digit: " + text);
            }
            String body = "978" + s.substring(0, 9);
            return new Isbn(body + checkDigit13(body));
        }
        return new Isbn(s);
    }

    static int checkDigit13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    /** "978-0-306-40615-7" style is publisher-specific; we use a fixed 3-1-3-5-1 grouping for display. */
    public String formatted() {
        return value.substring(0, 3) + "-" + value.charAt(3) + "-" + value.substring(4, 7) + "-"
                + value.substring(7, 12) + "-" + value.charAt(12);
    }
}
