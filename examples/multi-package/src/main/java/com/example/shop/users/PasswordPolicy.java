package com.example.shop.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks passwords against length, character-class and blocklist rules. */
public final class PasswordPolicy {

    private final int minLength;
    private final int minClasses;
    private final List<String> blocklist;

    public PasswordPolicy(int minLength, int minClasses, List<String> blocklist) {
        this.minLength = minLength;
        this.minClasses = minClasses;
        this.blocklist = blocklist.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    public List<String> violations(String password, String username) {
        List<String> v = new ArrayList<>();
        if (password.length() < minLength) {
            v.add("at least " + minLength + " characters");
        }
        if (classes(password) < minClasses) {
            v.add("at least " + minClasses + " of: lower case, upper case, digit, symbol");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (blocklist.stream().anyMatch(lower::contains)) {
            v.add("contains a common password");
        }
        if (username != null && !username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            v.add("must not contain the username");
        }
        return v;
    }

    public boolean accepts(String password, String username) {
        return violations(password, username).isEmpty();
    }

    static int classes(String s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : s.toCharArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
