package com.example.cpu.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.cpu.common.SplitMix64;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static final long M = Expressions.M;

    @Test
    void knownValues() {
        assertEquals(9, Expressions.evaluate("2*(3+4)-5"));
        assertEquals(3, Expressions.evaluate("-(-3)"));
        assertEquals(M - 7, Expressions.evaluate("1 - 8"));
        assertEquals(0, Expressions.evaluate("1000000007"));
        assertEquals(123_456_789L * 987_654_321L % M, Expressions.evaluate("123456789 * 987654321"));
        assertEquals(M - 10, Expressions.evaluate("2*-5"));
        assertEquals(1, Expressions.evaluate("10--(-9)"));
        assertThrows(IllegalArgumentException.class, () -> Expressions.evaluate("(1+2"));
        assertThrows(IllegalArgumentException.class, () -> Expressions.evaluate("1+*2"));
        SplitMix64 rng = new SplitMix64(90);
        for (int i = 0; i < 600_000; i++) {
            long a = rng.nextLong(1_000_000_000L);
            long b = rng.nextLong(1_000_000_000L);
            long c = rng.nextLong(1_000_000_000L);
            assertEquals((a * b % M + M - c) % M, Expressions.evaluate(a + "*" + b + "-" + c));
        }
    }

    @Test
    void recursiveDescentMatchesTree() {
        SplitMix64 rng = new SplitMix64(91);
        for (int i = 0; i < 5_000; i++) {
            Expressions.Node tree = Expressions.random(rng, 400);
            assertEquals(tree.value(), Expressions.evaluate(Expressions.print(tree, false)), "expression " + i);
        }
    }

    @Test
    void shuntingYardMatchesRecursiveDescent() {
        SplitMix64 rng = new SplitMix64(92);
        for (int i = 0; i < 4_000; i++) {
            String text = Expressions.print(Expressions.random(rng, 400), rng.nextInt(2) == 0);
            assertEquals(Expressions.evaluate(text), Expressions.evaluateRpn(Expressions.toRpn(text)), text);
        }
    }

    @Test
    void spacingDoesNotChangeTheValue() {
        SplitMix64 rng = new SplitMix64(93);
        for (int i = 0; i < 2_500; i++) {
            Expressions.Node tree = Expressions.random(rng, 300);
            assertEquals(Expressions.evaluate(Expressions.print(tree, true)), Expressions.evaluate(Expressions.print(tree, false)));
        }
    }

    @Test
    void deeplyNestedExpressions() {
        for (int depth = 100; depth <= 2_000; depth += 100) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < depth; k++) {
                sb.append("(2*");
            }
            sb.append('1');
            sb.append(")".repeat(depth));
            String text = sb.toString();
            long expected = pow2(depth);
            for (int repeat = 0; repeat < 100; repeat++) {
                assertEquals(expected, Expressions.evaluate(text));
                assertEquals(expected, Expressions.evaluateRpn(Expressions.toRpn(text)));
            }
        }
    }

    private static long pow2(int e) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            r = r * 2 % M;
        }
        return r;
    }
}
