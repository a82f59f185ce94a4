package com.example.cpu.parsing;

import com.example.cpu.common.SplitMix64;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Integer arithmetic expressions with + - * , unary minus and parentheses, evaluated modulo the prime
 * M = 1 000 000 007: a random generator, a printer, a recursive-descent evaluator and an independent
 * shunting-yard evaluator.
 */
public final class Expressions {

    public static final long M = 1_000_000_007L;

    private Expressions() {
    }

    /** An expression tree. */
    public sealed interface Node permits Num, Neg, Bin {

        long value();
    }

    public record Num(long n) implements Node {

        @Override
        public long value() {
            return n % M;
        }
    }

    public record Neg(Node operand) implements Node {

        @Override
        public long value() {
            return (M - operand.value()) % M;
        }
    }

    public record Bin(char op, Node left, Node right) implements Node {

        @Override
        public long value() {
            return apply(op, left.value(), right.value());
        }
    }

    static long apply(char op, long a, long b) {
        return switch (op) {
            case '+' -> (a + b) % M;
            case '-' -> (a - b + M) % M;
            case '*' -> a * b % M;
            default -> throw new IllegalArgumentException("unknown operator " + op);
        };
    }

    /** A random tree with exactly the given number of leaves (numbers). */
    public static Node random(SplitMix64 rng, int leaves) {
        if (leaves == 1) {
            Node num = new Num(rng.nextInt(5) == 0 ? rng.nextLong(10) : rng.nextLong(2_000_000_000L));
            return rng.nextInt(8) == 0 ? new Neg(num) : num;
        }
        int left = 1 + rng.nextInt(leaves - 1);
        char op = "+-*".charAt(rng.nextInt(3));
        Node node = new Bin(op, random(rng, left), random(rng, leaves - left));
        return rng.nextInt(16) == 0 ? new Neg(node) : node;
    }

    private static int precedence(Node n) {
        if (n instanceof Bin b) {
            return b.op() == '*' ? 2 : 1;
        }
        return 3;
    }

    /** Prints with as few parentheses as keep the value (not necessarily the tree). */
    public static String print(Node node, boolean spaces) {
        StringBuilder sb = new StringBuilder();
        print(node, sb, spaces);
        return sb.toString();
    }

    private static void print(Node node, StringBuilder sb, boolean spaces) {
        if (node instanceof Num num) {
            sb.append(num.n());
        } else if (node instanceof Neg neg) {
            sb.append('-');
            if (neg.operand() instanceof Num) {
                print(neg.operand(), sb, spaces);
            } else {
                sb.append('(');
                print(neg.operand(), sb, spaces);
                sb.append(')');
            }
        } else {
            Bin bin = (Bin) node;
            int p = precedence(bin);
            boolean leftParens = precedence(bin.left()) < p;
            boolean rightParens = precedence(bin.right()) < p || (precedence(bin.right()) == p && bin.op() == '-');
            wrap(bin.left(), sb, spaces, leftParens);
            sb.append(spaces ? " " + bin.op() + " " : String.valueOf(bin.op()));
            wrap(bin.right(), sb, spaces, rightParens);
        }
    }

    private static void wrap(Node node, StringBuilder sb, boolean spaces, boolean parens) {
        if (parens) {
            sb.append('(');
        }
        print(node, sb, spaces);
        if (parens) {
            sb.append(')');
        }
    }

    // ---------------------------------------------------------------- recursive descent

    public static long evaluate(String text) {
        Descent d = new Descent(text);
        long v = d.sum();
        d.skipSpaces();
        if (d.pos != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(d.pos) + "' at " + d.pos);
        }
        return v;
    }

    private static final class Descent {

        private final String s;
        private int pos;

        Descent(String s) {
            this.s = s;
        }

        void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        boolean accept(char c) {
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        long sum() {
            long v = product();
            while (true) {
                if (accept('+')) {
                    v = apply('+', v, product());
                } else if (accept('-')) {
                    v = apply('-', v, product());
                } else {
                    return v;
                }
            }
        }

        long product() {
            long v = unary();
            while (accept('*')) {
                v = apply('*', v, unary());
            }
            return v;
        }

        long unary() {
            if (accept('-')) {
                return (M - unary()) % M;
            }
            if (accept('(')) {
                long v = sum();
                if (!accept(')')) {
                    throw new IllegalArgumentException("expected ')' at " + pos);
                }
                return v;
            }
            skipSpaces();
            int start = pos;
            long n = 0;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                n = (n * 10 + (s.charAt(pos) - '0')) % M;
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("expected a number at " + pos);
            }
            return n;
        }
    }

    // ---------------------------------------------------------------- shunting yard

    /** Converts to reverse Polish notation (tokens; "~" is unary minus). */
    public static List<String> toRpn(String text) {
        List<String> out = new ArrayList<>();
        Deque<Character> ops = new ArrayDeque<>();
        boolean expectOperand = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i));
                expectOperand = false;
            } else if (c == '(') {
                ops.push(c);
                i++;
                expectOperand = true;
            } else if (c == ')') {
                while (!ops.isEmpty() && ops.peek() != '(') {
                    out.add(String.valueOf(ops.pop()));
                }
                if (ops.isEmpty()) {
                    throw new IllegalArgumentException("unbalanced ')' at " + i);
                }
                ops.pop();
                i++;
                expectOperand = false;
            } else if (c == '-' && expectOperand) {
                ops.push('~');
                i++;
            } else if (c == '+' || c == '-' || c == '*') {
                int p = c == '*' ? 2 : 1;
                while (!ops.isEmpty() && ops.peek() != '(' && rank(ops.peek()) >= p) {
                    out.add(String.valueOf(ops.pop()));
                }
                ops.push(c);
                i++;
                expectOperand = true;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
        }
        while (!ops.isEmpty()) {
            char op = ops.pop();
            if (op == '(') {
                throw new IllegalArgumentException("unbalanced '('");
            }
            out.add(String.valueOf(op));
        }
        return out;
    }

    private static int rank(char op) {
        return switch (op) {
            case '~' -> 3;
            case '*' -> 2;
            default -> 1;
        };
    }

    public static long evaluateRpn(List<String> rpn) {
        long[] stack = new long[rpn.size()];
        int top = 0;
        for (String token : rpn) {
            char c = token.charAt(0);
            if (Character.isDigit(c)) {
                long n = 0;
                for (int k = 0; k < token.length(); k++) {
                    n = (n * 10 + (token.charAt(k) - '0')) % M;
                }
                stack[top++] = n;
            } else if (c == '~') {
                stack[top - 1] = (M - stack[top - 1]) % M;
            } else {
                long b = stack[--top];
                long a = stack[--top];
                stack[top++] = apply(c, a, b);
            }
        }
        if (top != 1) {
            throw new IllegalArgumentException("malformed expression");
        }
        return stack[0];
    }
}
