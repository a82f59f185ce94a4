package com.example.cpu.sorting;

import java.util.Arrays;

/** Counting inversions (pairs i < j with a[i] > a[j]) and order statistics. */
public final class Inversions {

    private Inversions() {
    }

    /** By merge sort, O(n log n). Does not modify a. */
    public static long countByMergeSort(int[] a) {
        int[] work = a.clone();
        return count(work, new int[a.length], 0, a.length);
    }

    private static long count(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long inversions = count(a, buffer, from, mid) + count(a, buffer, mid, to);
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && buffer[i] <= buffer[j])) {
                a[k] = buffer[i++];
            } else {
                inversions += mid - i;
                a[k] = buffer[j++];
            }
        }
        return inversions;
    }

    /** By a Fenwick tree over the ranks of the values, O(n log n). */
    public static long countByFenwickTree(int[] a) {
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        int n = a.length;
        int[] tree = new int[n + 1];
        long inversions = 0;
        for (int i = n - 1; i >= 0; i--) {
            int rank = lowerBound(sorted, a[i]);
            for (int k = rank; k > 0; k -= k & -k) {
                inversions += tree[k];
            }
            for (int k = rank + 1; k <= n; k += k & -k) {
                tree[k]++;
            }
        }
        return inversions;
    }

    private static int lowerBound(int[] sorted, int v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The k-th smallest value (0-based) by quickselect; does not modify a. */
    public static int select(int[] a, int k) {
        int[] w = a.clone();
        int lo = 0;
        int hi = w.length - 1;
        while (lo < hi) {
            int pivot = w[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (w[i] < pivot) {
                    i++;
                }
                while (w[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    Sorts.swap(w, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return w[k];
            }
        }
        return w[k];
    }
}
