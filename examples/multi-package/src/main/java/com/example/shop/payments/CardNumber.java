package com.example.shop.payments;

/** A payment card number with Luhn check and brand detection. */
public record CardNumber(String digits) {

    public enum Brand { VISA, MASTERCARD, AMEX, UNKNOWN }

    public static CardNumber parse(String text) {
        String digits = text.replaceAll("[ -]", "");
        if (!digits.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("card number must have 12-19 digits");
        }
        if (!luhn(digits)) {
            throw new IllegalArgumentException("card number fails the Luhn check");
        }
        return new CardNumber(digits);
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    public Brand brand() {
        if (digits.startsWith("4")) {
            return Brand.VISA;
        }
        if (digits.startsWith("34") || digits.startsWith("37")) {
            return Brand.AMEX;
        }
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return Brand.MASTERCARD;
        }
        return Brand.UNKNOWN;
    }

    /** "**** **** **** 1111". */
    public String masked() {
        return "**** **** **** " + digits.substring(digits.length() - 4);
    }
}
