package com.example.shop.reporting;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a fixed-width text table; numeric-looking columns are right-aligned. */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
        }
        rows.add(List.copyOf(row));
        return this;
    }

    public String render() {
        int cols = header.size();
        int[] width = new int[cols];
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
                numeric[c] &= r.get(c).matches("-?[\\d.,]+( [A-Z]{3})?");
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, header, width, new boolean[cols]);
        for (int c = 0; c < cols; c++) {
            sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
        }
        sb.append('\n');
        for (List<String> r : rows) {
            appendRow(sb, r, width, numeric);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(" | ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(right[c] ? pad + cell : cell + pad);
        }
        // trim trailing spaces of the line
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }
}
