package com.example.cpu.sorting;

import static com.example.cpu.sorting.SortTesting.assertSortsLikeJdk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HeapSortTest {

    @Test
    void sortsLargeRandomArray() {
        assertSortsLikeJdk(Sorts::heapSort, SortTesting.random(2_500_000, 71));
    }

    @Test
    void sortsSmallRandomArraysOfEveryLength() {
        for (int n = 0; n < 2_000; n++) {
            assertSortsLikeJdk(Sorts::heapSort, SortTesting.random(n, n));
        }
    }

    @Test
    void sortsStructuredInputs() {
        assertSortsLikeJdk(Sorts::heapSort, SortTesting.ascending(2_200_000));
        assertSortsLikeJdk(Sorts::heapSort, SortTesting.descending(2_200_000));
        assertSortsLikeJdk(Sorts::heapSort, SortTesting.organPipe(2_200_000));
    }

    @Test
    void sortsFewDistinctValues() {
        assertSortsLikeJdk(Sorts::heapSort, SortTesting.fewDistinct(3_500_000, 100, 72));
    }

    @Test
    void agreesWithOtherAlgorithms() {
        int[] input = SortTesting.random(1_800_000, 73);
        int[] byHeap = input.clone();
        Sorts.heapSort(byHeap);
        int[] byMerge = input.clone();
        Sorts.mergeSort(byMerge);
        int[] byQuick = input.clone();
        Sorts.quickSort(byQuick);
        assertArrayEquals(byMerge, byHeap);
        assertArrayEquals(byQuick, byHeap);
    }
}
