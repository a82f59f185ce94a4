package com.example.shop.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An inverted index over documents with TF-IDF ranking. */
public final class InvertedIndex {

    /** A ranked hit. */
    public record Hit(String id, double score) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Map<String, Integer>> postings = new HashMap<>();
    private final Map<String, Integer> docLengths = new HashMap<>();

    public void add(String id, String text) {
        if (docLengths.containsKey(id)) {
            remove(id);
        }
        List<String> tokens = tokenizer.tokens(text);
        docLengths.put(id, tokens.size());
        for (String t : tokens) {
            postings.computeIfAbsent(t, k -> new HashMap<>()).merge(id, 1, Integer::sum);
        }
    }

    public void remove(String id) {
        docLengths.remove(id);
        postings.values().forEach(p -> p.remove(id));
        postings.values().removeIf(Map::isEmpty);
    }

    public int size() {
        return docLengths.size();
    }

    public Set<String> terms() {
        return new TreeSet<>(postings.keySet());
    }

    /** Documents containing all query terms (AND), ranked by TF-IDF, ties by id. */
    public List<Hit> search(String query) {
        List<String> terms = tokenizer.tokens(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        Set<String> candidates = null;
        for (String term : terms) {
            Set<String> docs = postings.getOrDefault(term, Map.of()).keySet();
            if (candidates == null) {
                candidates = new HashSet<>(docs);
            } else {
                candidates.retainAll(docs);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (String doc : candidates) {
            double score = 0;
            for (String term : terms) {
                Map<String, Integer> p = postings.get(term);
                double tf = p.get(doc) / (double) docLengths.get(doc);
                double idf = Math.log(1 + docLengths.size() / (double) p.size());
                score += tf * idf;
            }
            hits.add(new Hit(doc, score));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id));
        return hits;
    }
}
