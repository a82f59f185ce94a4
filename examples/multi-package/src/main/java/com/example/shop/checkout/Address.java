package com.example.shop.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A postal address with simple validation. */
public record Address(String name, String street, String postalCode, String city, String country) {

    private static final Set<String> SHIPPING_COUNTRIES = Set.of("DE", "FR", "NL", "IT", "LU", "CH");

    /** Returns the validation problems; empty if the address is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (isBlank(name)) {
            problems.add("name is required");
        }
        if (isBlank(street)) {
            problems.add("street is required");
        } else if (!street.matches(".*\\d.*")) {
            problems.add("street needs a house number");
        }
        if (isBlank(city)) {
            problems.add("city is required");
        }
        if (country == null || !SHIPPING_COUNTRIES.contains(country)) {
            problems.add("we do not ship to " + country);
        } else if (postalCode == null || !postalCode.matches(postalPattern(country))) {
            problems.add("postal code " + postalCode + " is invalid for " + country);
        }
        return problems;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    private static String postalPattern(String country) {
        return switch (country) {
            case "DE", "FR", "IT" -> "\\d{5}";
            case "NL" -> "\\d{4} ?[A-Z]{2}";
            case "LU", "CH" -> "\\d{4}";
            default -> "$^";
        };
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
