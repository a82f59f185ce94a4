package com.example.shop.users;

import java.text.Normalizer;
import java.util.Locale;

/** Usernames: normalised (accents stripped, lower case), 3-20 chars of [a-z0-9_.], no reserved names. */
public record Username(String value) {

    private static final java.util.Set<String> RESERVED = java.util.Set.of("admin", "root", "support", "shop");

    public static Username of(String raw) {
        String n = normalise(raw);
        if (n.length() < 3 || n.length() > 20) {
            throw new IllegalArgumentException("username must have 3-20 characters: " + raw);
        }
        if (!n.matches("[a-z0-9_.]+") || n.startsWith(".") || n.endsWith(".")) {
            throw new IllegalArgumentException("username has invalid characters: " + raw);
        }
        if (RESERVED.contains(n)) {
            throw new IllegalArgumentException("username is reserved: " + raw);
        }
        return new Username(n);
    }

    public static String normalise(String raw) {
        String decomposed = Normalizer.normalize(raw.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace(' ', '_').toLowerCase(Locale.ROOT);
    }
}
