package com.example.shop.reporting;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 style CSV writing and parsing (comma separator, double-quote escaping). */
public final class Csv {

    private Csv() {
    }

    public static String escape(String field) {
        if (field == null) {
            return "";
        }
        boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                || field.startsWith(" ") || field.endsWith(" ");
        String f = field.replace("\"", "\"\"");
        return quote ? "\"" + f + "\"" : f;
    }

    public static String row(List<String> fields) {
        List<String> escaped = new ArrayList<>();
        for (String f : fields) {
            escaped.add(escape(f));
        }
        return String.join(",", escaped);
    }

    /** Parses a whole CSV document into rows; handles quoted fields with embedded newlines. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (any) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
