package com.example.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a password against simple rules and lists every rule it breaks. */
public final class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password.length() < minLength) {
            problems.add("shorter than " + minLength + " characters");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            problems.add("no digit");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            problems.add("no upper-case letter");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            problems.add("no lower-case letter");
        }
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("contains the user name");
        }
        return problems;
    }

    public boolean accepts(String password, String username) {
        return violations(password, username).isEmpty();
    }
}
