package com.example.cpu.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatrixPowerTest {

    private static final long P = ModMatrix.P;

    @Test
    void squaringMatchesRepeatedMultiplication() {
        ModMatrix a = ModMatrix.random(170, 31);
        ModMatrix product = ModMatrix.identity(170);
        for (int k = 1; k <= 21; k++) {
            product = product.multiply(a);
        }
        assertEquals(product, a.power(21));
    }

    @Test
    void countsWalksLikeDynamicProgramming() {
        boolean[][] graph = Walks.randomGraph(210, 4, 32);
        int length = 25;
        long[][] expected = Walks.countByDynamicProgramming(graph, length);
        ModMatrix walks = Walks.adjacency(graph).power(length);
        for (int i = 0; i < graph.length; i++) {
            for (int j = 0; j < graph.length; j++) {
                assertEquals(expected[i][j], walks.get(i, j), i + " -> " + j);
            }
        }
    }

    @Test
    void exponentsAdd() {
        ModMatrix a = ModMatrix.random(120, 33);
        long m = 123_456_789_012L;
        long n = 987_654_321L;
        assertEquals(a.power(m + n), a.power(m).multiply(a.power(n)));
    }

    @Test
    void fibonacciFromTwoByTwoPowers() {
        ModMatrix q = ModMatrix.of(new long[][] {{1, 1}, {1, 0}});
        long previous = 0;
        long current = 1;
        for (int n = 1; n <= 90_000; n++) {
            assertEquals(current, q.power(n).get(0, 1), "F(" + n + ")");
            long next = (previous + current) % P;
            previous = current;
            current = next;
        }
    }
}
