package com.example.orders;

/** An order number of the form {@code ORD-nnnnnn-c}, where c is a mod-10 check digit. */
public record OrderId(int number) {

    public OrderId {
        if (number < 1 || number > 999_999) {
            throw new IllegalArgumentException("order number out of range: " + number);
        }
    }

    public static int checkDigit(int number) {
        int sum = 0;
        int weight = 3;
        for (int n = number; n > 0; n /= 10) {
            sum += (n % 10) * weight;
            weight = weight == 3 ? 1 : 3;
        }
        return (10 - sum % 10) % 10;
    }

    public static OrderId parse(String text) {
        if (!text.matches("ORD-\\d{6}-\\d")) {
            throw new IllegalArgumentException("not an order id: " + text);
        }
        int number = Integer.parseInt(text.substring(4, 10));
        int check = text.charAt(11) - '0';
        if (check != checkDigit(number)) {
            throw new IllegalArgumentException("bad check digit in " + text);
        }
        return new OrderId(number);
    }

    @Override
    public String toString() {
        return String.format("ORD-%06d-%d", number, checkDigit(number));
    }
}
