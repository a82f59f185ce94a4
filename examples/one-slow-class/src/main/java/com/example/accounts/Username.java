package com.example.accounts;

import java.util.Locale;

/** A user name: 3-20 characters of lower-case letters, digits, '.', '_' or '-', starting with a letter. */
public record Username(String value) {

    public static Username of(String raw) {
        String normalized = raw.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z][a-z0-9._-]{2,19}")) {
            throw new IllegalArgumentException("invalid user name: '" + raw + "'");
        }
        return new Username(normalized);
    }

    @Override
    public String toString() {
        return value;
    }
}
