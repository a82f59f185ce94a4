package com.example.shop.users;

import java.util.Locale;

/** A normalised e-mail address: domain lower-cased, local part kept, plus-tags removable. */
public record EmailAddress(String local, String domain) {

    public static EmailAddress parse(String text) {
        String t = text.trim();
        int at = t.lastIndexOf('@');
        if (at <= 0 || at == t.length() - 1 || t.indexOf('@') != at) {
            throw new IllegalArgumentException("not an e-mail address: " + text);
        }
        String local = t.substring(0, at);
        String domain = t.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > 64 || local.startsWith(".") || local.endsWith(".") || local.contains("..")
                || !local.matches("[A-Za-z0-9._%+-]+")) {
            throw new IllegalArgumentException("bad local part: " + local);
        }
        if (!domain.matches("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}")) {
            throw new IllegalArgumentException("bad domain: " + domain);
        }
        return new EmailAddress(local, domain);
    }

    /** "jane+shop@example.com" becomes "jane@example.com". */
    public EmailAddress withoutTag() {
        int plus = local.indexOf('+');
        return plus < 0 ? this : new EmailAddress(local.substring(0, plus), domain);
    }

    @Override
    public String toString() {
        return local + "@" + domain;
    }
}
