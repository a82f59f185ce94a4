package com.example.shop.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** "Did you mean" and prefix completion over a vocabulary with frequencies. */
public final class Suggester {

    private final TreeMap<String, Integer> vocabulary = new TreeMap<>();

    public void add(String word, int frequency) {
        vocabulary.merge(word, frequency, Integer::sum);
    }

    /** Up to {@code limit} completions of a prefix, most frequent first, ties alphabetical. */
    public List<String> complete(String prefix, int limit) {
        return vocabulary.subMap(prefix, prefix + Character.MAX_VALUE).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The closest vocabulary word within {@code maxDistance} edits, preferring frequent words. */
    public java.util.Optional<String> didYouMean(String word, int maxDistance) {
        if (vocabulary.containsKey(word)) {
            return java.util.Optional.empty();
        }
        return vocabulary.entrySet().stream()
                .filter(e -> levenshtein(word, e.getKey()) <= maxDistance)
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> levenshtein(word, e.getKey()))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
