package com.example.cpu.sorting;

import static com.example.cpu.sorting.SortTesting.assertSortsLikeJdk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RadixSortTest {

    @Test
    void sortsLargeRandomArray() {
        assertSortsLikeJdk(Sorts::radixSort, SortTesting.random(2_000_000, 81));
    }

    @Test
    void ordersNegativeBeforePositive() {
        int[] a = SortTesting.fewDistinct(2_000_000, 2_000_001, 82);
        assertSortsLikeJdk(Sorts::radixSort, a);
    }

    @Test
    void handlesExtremeValues() {
        int[] a = SortTesting.random(3_000_000, 83);
        for (int i = 0; i < a.length; i += 3) {
            a[i] = i % 2 == 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        assertSortsLikeJdk(Sorts::radixSort, a);
        int[] sorted = a.clone();
        Sorts.radixSort(sorted);
        assertEquals(Integer.MIN_VALUE, sorted[0]);
        assertEquals(Integer.MAX_VALUE, sorted[sorted.length - 1]);
    }

    @Test
    void sortsSortedAndReversedInputs() {
        assertSortsLikeJdk(Sorts::radixSort, SortTesting.ascending(5_000_000));
        assertSortsLikeJdk(Sorts::radixSort, SortTesting.descending(5_000_000));
    }
}
