package com.example.shop.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tree of categories addressed by slash-separated paths such as "clothing/men/shirts". */
public final class CategoryTree {

    private final Node root = new Node("");

    private static final class Node {
        final String name;
        final Map<String, Node> children = new TreeMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    public void add(String path) {
        Node node = root;
        for (String segment : split(path)) {
            node = node.children.computeIfAbsent(segment, Node::new);
        }
    }

    public boolean contains(String path) {
        return find(path) != null;
    }

    /** Direct children of the given path, sorted; the root is "". */
    public List<String> children(String path) {
        Node node = path.isEmpty() ? root : find(path);
        if (node == null) {
            throw new IllegalArgumentException("no such category: " + path);
        }
        return List.copyOf(node.children.keySet());
    }

    /** All leaf paths, sorted. */
    public List<String> leaves() {
        List<String> out = new ArrayList<>();
        collectLeaves(root, "", out);
        return Collections.unmodifiableList(out);
    }

    public int depth() {
        return depth(root) - 1;
    }

    /** Breadcrumb for a path: "clothing/men" becomes "Clothing > Men". */
    public static String breadcrumb(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : split(path)) {
            parts.add(Character.toUpperCase(segment.charAt(0)) + segment.substring(1));
        }
        return String.join(" > ", parts);
    }

    private Node find(String path) {
        Node node = root;
        for (String segment : split(path)) {
            node = node.children.get(segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static void collectLeaves(Node node, String prefix, List<String> out) {
        if (node.children.isEmpty() && !prefix.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (Node child : node.children.values()) {
            collectLeaves(child, prefix.isEmpty() ? child.name : prefix + "/" + child.name, out);
        }
    }

    private static int depth(Node node) {
        int max = 0;
        for (Node child : node.children.values()) {
            max = Math.max(max, depth(child));
        }
        return max + 1;
    }

    private static String[] split(String path) {
        String p = path.trim();
        if (p.isEmpty() || p.startsWith("/") || p.endsWith("/") || p.contains("//")) {
            throw new IllegalArgumentException("bad category path: '" + path + "'");
        }
        return p.split("/");
    }
}
