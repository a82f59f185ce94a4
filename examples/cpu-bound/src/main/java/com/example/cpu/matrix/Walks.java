package com.example.cpu.matrix;

import com.example.cpu.common.SplitMix64;

/** Counting walks in a directed graph, by dynamic programming or by powers of the adjacency matrix. */
public final class Walks {

    private Walks() {
    }

    /** A random directed graph on n vertices with about degree out-edges per vertex (no duplicates). */
    public static boolean[][] randomGraph(int n, int degree, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        boolean[][] edge = new boolean[n][n];
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < degree; k++) {
                edge[u][rng.nextInt(n)] = true;
            }
        }
        return edge;
    }

    public static ModMatrix adjacency(boolean[][] edge) {
        long[][] m = new long[edge.length][edge.length];
        for (int i = 0; i < edge.length; i++) {
            for (int j = 0; j < edge.length; j++) {
                m[i][j] = edge[i][j] ? 1 : 0;
            }
        }
        return ModMatrix.of(m);
    }

    /** The number of walks of exactly the given length from every vertex to every vertex, mod P, step by step. */
    public static long[][] countByDynamicProgramming(boolean[][] edge, int length) {
        int n = edge.length;
        long[][] result = new long[n][];
        for (int source = 0; source < n; source++) {
            long[] ways = new long[n];
            ways[source] = 1;
            for (int step = 0; step < length; step++) {
                long[] next = new long[n];
                for (int u = 0; u < n; u++) {
                    if (ways[u] == 0) {
                        continue;
                    }
                    for (int v = 0; v < n; v++) {
                        if (edge[u][v]) {
                            next[v] = (next[v] + ways[u]) % ModMatrix.P;
                        }
                    }
                }
                ways = next;
            }
            result[source] = ways;
        }
        return result;
    }
}
