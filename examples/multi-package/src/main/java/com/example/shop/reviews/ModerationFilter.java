package com.example.shop.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Flags or masks reviews that contain blocked words, links or shouting. */
public final class ModerationFilter {

    public enum Flag { BLOCKED_WORD, LINK, SHOUTING, TOO_SHORT }

    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);

    private final Set<String> blocked;

    public ModerationFilter(Set<String> blocked) {
        this.blocked = blocked.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    public List<Flag> flags(String text) {
        List<Flag> flags = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (blocked.contains(w)) {
                flags.add(Flag.BLOCKED_WORD);
                break;
            }
        }
        if (LINK.matcher(text).find()) {
            flags.add(Flag.LINK);
        }
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        if (letters >= 10 && upper * 10 >= letters * 7) {
            flags.add(Flag.SHOUTING);
        }
        if (text.strip().length() < 10) {
            flags.add(Flag.TOO_SHORT);
        }
        return flags;
    }

    /** Replaces blocked words by asterisks of the same length, preserving everything else. */
    public String mask(String text) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("\\w+").matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String word = m.group();
            out.append(blocked.contains(word.toLowerCase(Locale.ROOT)) ? "*".repeat(word.length()) : word);
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }
}
