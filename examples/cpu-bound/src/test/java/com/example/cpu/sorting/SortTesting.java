package com.example.cpu.sorting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cpu.common.SplitMix64;
import java.util.Arrays;
import java.util.function.Consumer;

/** Input patterns and checks shared by the sorting tests. */
final class SortTesting {

    private SortTesting() {
    }

    static int[] random(int n, long seed) {
        return new SplitMix64(seed).ints(n);
    }

    static int[] fewDistinct(int n, int distinct, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.nextInt(distinct) - distinct / 2;
        }
        return a;
    }

    static int[] ascending(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i * 3 - n;
        }
        return a;
    }

    static int[] descending(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = n - i;
        }
        return a;
    }

    static int[] nearlySorted(int n, long seed) {
        int[] a = ascending(n);
        SplitMix64 rng = new SplitMix64(seed);
        for (int k = 0; k < n / 100; k++) {
            Sorts.swap(a, rng.nextInt(n), rng.nextInt(n));
        }
        return a;
    }

    static int[] organPipe(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.min(i, n - 1 - i);
        }
        return a;
    }

    static int[] sawtooth(int n, int period) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % period;
        }
        return a;
    }

    /** Sorts a copy with the algorithm and compares it with {@link Arrays#sort(int[])}. */
    static void assertSortsLikeJdk(Consumer<int[]> algorithm, int[] input) {
        int[] expected = input.clone();
        Arrays.sort(expected);
        int[] actual = input.clone();
        long fingerprint = Sorts.fingerprint(actual);
        algorithm.accept(actual);
        assertTrue(Sorts.isSorted(actual), "not sorted");
        assertEquals(fingerprint, Sorts.fingerprint(actual), "values changed");
        assertArrayEquals(expected, actual);
    }
}
