package com.example.shop.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a search box query with filters: {@code red shirt price:<20 brand:acme -wool}.
 * Supported filters: {@code price:<N}, {@code price:>N}, {@code price:A..B}, {@code brand:X};
 * words prefixed with '-' are excluded; quoted phrases are kept together.
 */
public final class QueryParser {

    /** A parsed query. */
    public record Query(List<String> words, List<String> excluded, Optional<String> brand,
                        Optional<BigDecimal> minPrice, Optional<BigDecimal> maxPrice) {
    }

    public Query parse(String input) {
        List<String> words = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Optional<String> brand = Optional.empty();
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        for (String token : split(input)) {
            if (token.startsWith("price:")) {
                String v = token.substring(6);
                if (v.startsWith("<")) {
                    max = Optional.of(new BigDecimal(v.substring(1)));
                } else if (v.startsWith(">")) {
                    min = Optional.of(new BigDecimal(v.substring(1)));
                } else if (v.contains("..")) {
                    String[] ab = v.split("\\.\\.", 2);
                    min = Optional.of(new BigDecimal(ab[0]));
                    max = Optional.of(new BigDecimal(ab[1]));
                    if (min.get().compareTo(max.get()) > 0) {
                        throw new IllegalArgumentException("empty price range: " + v);
                    }
                } else {
                    throw new IllegalArgumentException("bad price filter: " + v);
                }
            } else if (token.startsWith("brand:")) {
                brand = Optional.of(token.substring(6));
            } else if (token.startsWith("-") && token.length() > 1) {
                excluded.add(token.substring(1));
            } else {
                words.add(token);
            }
        }
        return new Query(List.copyOf(words), List.copyOf(excluded), brand, min, max);
    }

    static List<String> split(String input) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : input.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quote");
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
