package com.example.cpu.parsing;

import com.example.cpu.common.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON library: values are {@code Map<String, Object>} (insertion ordered), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} and {@code null}.
 */
public final class Json {

    private Json() {
    }

    // ---------------------------------------------------------------- generating

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,:;!?";
    private static final String[] SPECIAL = {"\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", "\u0001", "\u001f", "é", "ß", "中文", "\uD83D\uDE00", "\u2028"};

    private static final int MAX_DEPTH = 4;
    private static final int WIDTH = 4;

    /**
     * A random document: an object with the given number of members, each a random value nested up to
     * four levels deep with about four members or elements per container (so the size grows linearly
     * with members: about 260 characters per member on average).
     */
    public static Map<String, Object> generate(long seed, int members) {
        SplitMix64 rng = new SplitMix64(seed);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < members; i++) {
            map.put(string(rng) + "#" + i, value(rng, MAX_DEPTH, WIDTH));
        }
        return map;
    }

    private static Map<String, Object> object(SplitMix64 rng, int depth, int width) {
        Map<String, Object> map = new LinkedHashMap<>();
        int members = 1 + rng.nextInt(width * 2);
        for (int i = 0; i < members; i++) {
            map.put(string(rng) + "#" + i, value(rng, depth - 1, width));
        }
        return map;
    }

    private static List<Object> array(SplitMix64 rng, int depth, int width) {
        List<Object> list = new ArrayList<>();
        int elements = rng.nextInt(width * 2 + 1);
        for (int i = 0; i < elements; i++) {
            list.add(value(rng, depth - 1, width));
        }
        return list;
    }

    private static Object value(SplitMix64 rng, int depth, int width) {
        int kind = rng.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> string(rng);
            case 1 -> rng.nextLong() >> rng.nextInt(64);
            case 2 -> (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(40) - 20);
            case 3 -> rng.nextInt(2) == 0;
            case 4 -> null;
            case 5 -> (long) rng.nextInt(1000);
            case 6, 7 -> object(rng, depth, width);
            default -> array(rng, depth, width);
        };
    }

    private static String string(SplitMix64 rng) {
        int length = rng.nextInt(24);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (rng.nextInt(10) == 0) {
                sb.append(SPECIAL[rng.nextInt(SPECIAL.length)]);
            } else {
                sb.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- writing

    /** Compact JSON; with asciiOnly every character above '~' is written as a \\u escape. */
    public static String write(Object value, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, asciiOnly, -1, 0);
        return sb.toString();
    }

    /** Pretty-printed JSON, indented by the given number of spaces per level. */
    public static String writePretty(Object value, int indent) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, false, indent, 0);
        return sb.toString();
    }

    private static void write(Object value, StringBuilder sb, boolean ascii, int indent, int level) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            writeString(s, sb, ascii);
        } else if (value instanceof Long || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("not representable in JSON: " + d);
            }
            sb.append(d);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                newline(sb, indent, level + 1);
                writeString((String) e.getKey(), sb, ascii);
                sb.append(indent >= 0 ? ": " : ":");
                write(e.getValue(), sb, ascii, indent, level + 1);
            }
            if (!map.isEmpty()) {
                newline(sb, indent, level);
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                newline(sb, indent, level + 1);
                write(list.get(i), sb, ascii, indent, level + 1);
            }
            if (!list.isEmpty()) {
                newline(sb, indent, level);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent >= 0) {
            sb.append('\n');
            sb.append(" ".repeat(indent * level));
        }
    }

    private static void writeString(String s, StringBuilder sb, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // ---------------------------------------------------------------- parsing

    public static Object parse(String text) {
        Parser p = new Parser(text);
        p.skipWhitespace();
        Object value = p.value();
        p.skipWhitespace();
        if (p.pos != text.length()) {
            throw p.error("trailing characters");
        }
        return value;
    }

    /** Thrown for malformed input, with the offset of the problem. */
    public static final class ParseException extends RuntimeException {

        private final int offset;

        ParseException(String message, int offset) {
            super(message + " at offset " + offset);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private static final class Parser {

        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        ParseException error(String message) {
            return new ParseException(message, pos);
        }

        void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        char peek() {
            if (pos >= s.length()) {
                throw error("unexpected end of input");
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        Object value() {
            char c = peek();
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return value;
        }

        Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                if (map.containsKey(key)) {
                    throw error("duplicate member name '" + key + "'");
                }
                map.put(key, value());
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}'");
                }
            }
        }

        List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipWhitespace();
                list.add(value());
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']'");
                }
            }
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("unescaped control character");
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("truncated \\u escape");
                        }
                        int code = 0;
                        for (int k = 0; k < 4; k++) {
                            int digit = Character.digit(s.charAt(pos + k), 16);
                            if (digit < 0) {
                                throw error("bad \\u escape");
                            }
                            code = code * 16 + digit;
                        }
                        pos += 4;
                        sb.append((char) code);
                    }
                    default -> throw error("bad escape '\\" + e + "'");
                }
            }
        }

        Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            if (pos >= s.length() || !Character.isDigit(s.charAt(pos))) {
                throw error("expected a digit");
            }
            if (s.charAt(pos) == '0') {
                pos++;
            } else {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            boolean integral = true;
            if (pos < s.length() && s.charAt(pos) == '.') {
                integral = false;
                pos++;
                int digits = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == digits) {
                    throw error("expected a digit after '.'");
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                integral = false;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int digits = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == digits) {
                    throw error("expected a digit in the exponent");
                }
            }
            String token = s.substring(start, pos);
            return integral ? (Object) Long.parseLong(token) : (Object) Double.parseDouble(token);
        }
    }

    // ---------------------------------------------------------------- statistics

    /** Counts of each kind of value in a document, and the sum of its integers. */
    public record Stats(long objects, long arrays, long strings, long integers, long decimals, long booleans, long nulls, long integerSum) {

        public long values() {
            return objects + arrays + strings + integers + decimals + booleans + nulls;
        }
    }

    public static Stats stats(Object root) {
        long[] c = new long[8];
        count(root, c);
        return new Stats(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static void count(Object v, long[] c) {
        if (v instanceof Map<?, ?> map) {
            c[0]++;
            for (Object child : map.values()) {
                count(child, c);
            }
        } else if (v instanceof List<?> list) {
            c[1]++;
            for (Object child : list) {
                count(child, c);
            }
        } else if (v instanceof String) {
            c[2]++;
        } else if (v instanceof Long l) {
            c[3]++;
            c[7] += l;
        } else if (v instanceof Double) {
            c[4]++;
        } else if (v instanceof Boolean) {
            c[5]++;
        } else {
            c[6]++;
        }
    }
}
