package com.example.cpu.sorting;

import com.example.cpu.common.SplitMix64;

/** Classic in-place sorting algorithms on {@code int[]}. */
public final class Sorts {

    private static final int INSERTION_CUTOFF = 24;

    private Sorts() {
    }

    public static void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Top-down merge sort (stable), with insertion sort for short runs. */
    public static void mergeSort(int[] a) {
        int[] buffer = new int[a.length];
        mergeSort(a, buffer, 0, a.length);
    }

    private static void mergeSort(int[] a, int[] buffer, int from, int to) {
        if (to - from <= INSERTION_CUTOFF) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid);
        mergeSort(a, buffer, mid, to);
        if (a[mid - 1] <= a[mid]) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && buffer[i] <= buffer[j])) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }

    /**
     * Quicksort with three-way partitioning (fast on many duplicates); the pivot is the median of three
     * pseudo-randomly chosen elements, so sorted, reversed or organ-pipe inputs are not quadratic.
     */
    public static void quickSort(int[] a) {
        quickSort(a, 0, a.length, new SplitMix64(a.length));
    }

    private static void quickSort(int[] a, int from, int to, SplitMix64 rng) {
        while (to - from > INSERTION_CUTOFF) {
            int n = to - from;
            int pivot = median(a[from + rng.nextInt(n)], a[from + rng.nextInt(n)], a[from + rng.nextInt(n)]);
            int lt = from;
            int gt = to - 1;
            int i = from;
            while (i <= gt) {
                if (a[i] < pivot) {
                    swap(a, lt++, i++);
                } else if (a[i] > pivot) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            if (lt - from < to - gt - 1) {
                quickSort(a, from, lt, rng);
                from = gt + 1;
            } else {
                quickSort(a, gt + 1, to, rng);
                to = lt;
            }
        }
        insertionSort(a, from, to);
    }

    private static int median(int x, int y, int z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    public static void heapSort(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, 0, end);
            siftDown(a, 0, end);
        }
    }

    private static void siftDown(int[] a, int i, int n) {
        int v = a[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[child + 1] > a[child]) {
                child++;
            }
            if (a[child] <= v) {
                break;
            }
            a[i] = a[child];
            i = child;
        }
        a[i] = v;
    }

    /** LSD radix sort, 8 bits per pass; the sign bit is flipped so that negative numbers come first. */
    public static void radixSort(int[] a) {
        int[] src = a;
        int[] dst = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] count = new int[257];
            for (int v : src) {
                count[((v ^ Integer.MIN_VALUE) >>> shift & 0xff) + 1]++;
            }
            for (int i = 0; i < 256; i++) {
                count[i + 1] += count[i];
            }
            for (int v : src) {
                dst[count[(v ^ Integer.MIN_VALUE) >>> shift & 0xff]++] = v;
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        // four passes: the sorted data is back in a
    }

    /** Shell sort with Ciura's gaps extended by x2.25. */
    public static void shellSort(int[] a) {
        int[] base = {1, 4, 10, 23, 57, 132, 301, 701};
        java.util.List<Integer> gaps = new java.util.ArrayList<>();
        for (int g : base) {
            gaps.add(g);
        }
        while (gaps.get(gaps.size() - 1) < a.length / 2) {
            gaps.add((int) (gaps.get(gaps.size() - 1) * 2.25));
        }
        for (int gi = gaps.size() - 1; gi >= 0; gi--) {
            int gap = gaps.get(gi);
            for (int i = gap; i < a.length; i++) {
                int v = a[i];
                int j = i;
                while (j >= gap && a[j - gap] > v) {
                    a[j] = a[j - gap];
                    j -= gap;
                }
                a[j] = v;
            }
        }
    }

    public static boolean isSorted(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] > a[i]) {
                return false;
            }
        }
        return true;
    }

    /** An order-independent fingerprint of the multiset of values (sum and sum of a mixed hash). */
    public static long fingerprint(int[] a) {
        long sum = 0;
        long mixed = 0;
        for (int v : a) {
            sum += v;
            long z = v * 0x9E3779B97F4A7C15L;
            mixed += z ^ (z >>> 29);
        }
        return sum * 31 + mixed;
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
