package com.example.library.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: "The Hobbit, or There and Back Again" becomes "the-hobbit-or-there-and-back-again". */
public final class Slugs {

    private Slugs() {
    }

    public static String slugify(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replace("ß", "ss").replace("&", " and ");
        String slug = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug;
    }

    /** Slugify and cut at a word boundary so the result is at most {@code max} characters. */
    public static String slugify(String text, int max) {
        String slug = slugify(text);
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        return cut <= 0 ? slug.substring(0, max) : slug.substring(0, cut);
    }
}
