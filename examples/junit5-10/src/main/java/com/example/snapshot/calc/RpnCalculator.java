package com.example.snapshot.calc;

import java.util.ArrayDeque;
import java.util.Deque;

/** Evaluates reverse Polish notation expressions such as {@code "3 4 + 2 *"} over longs. */
public final class RpnCalculator {

    private int evaluations;

    public long evaluate(String expression) {
        evaluations++;
        Deque<Long> stack = new ArrayDeque<>();
        for (String token : expression.trim().split("\\s+")) {
            switch (token) {
                case "+" -> push(stack, pop(stack, token) + pop(stack, token));
                case "*" -> push(stack, pop(stack, token) * pop(stack, token));
                case "-" -> {
                    long b = pop(stack, token);
                    push(stack, pop(stack, token) - b);
                }
                case "/" -> {
                    long b = pop(stack, token);
                    if (b == 0) {
                        throw new ArithmeticException("division by zero");
                    }
                    push(stack, pop(stack, token) / b);
                }
                default -> {
                    try {
                        push(stack, Long.parseLong(token));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("unknown token: " + token, e);
                    }
                }
            }
        }
        if (stack.size() != 1) {
            throw new IllegalArgumentException("expression leaves " + stack.size() + " values on the stack");
        }
        return stack.pop();
    }

    public int evaluations() {
        return evaluations;
    }

    private static void push(Deque<Long> stack, long value) {
        stack.push(value);
    }

    private static long pop(Deque<Long> stack, String operator) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("not enough operands for " + operator);
        }
        return stack.pop();
    }
}
