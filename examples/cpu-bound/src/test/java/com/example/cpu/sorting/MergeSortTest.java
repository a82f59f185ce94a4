package com.example.cpu.sorting;

import static com.example.cpu.sorting.SortTesting.assertSortsLikeJdk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MergeSortTest {

    @Test
    void sortsRandomArrays() {
        assertSortsLikeJdk(Sorts::mergeSort, SortTesting.random(800_000, 51));
        assertSortsLikeJdk(Sorts::mergeSort, SortTesting.random(400_003, 52));
    }

    @Test
    void sortsStructuredInputs() {
        assertSortsLikeJdk(Sorts::mergeSort, SortTesting.nearlySorted(1_200_000, 53));
        assertSortsLikeJdk(Sorts::mergeSort, SortTesting.descending(1_200_000));
        assertSortsLikeJdk(Sorts::mergeSort, SortTesting.fewDistinct(1_200_000, 7, 54));
    }

    @Test
    void countsInversionsTwoWays() {
        int[] a = SortTesting.random(600_000, 55);
        long byMerge = Inversions.countByMergeSort(a);
        assertEquals(Inversions.countByFenwickTree(a), byMerge);
        long n = a.length;
        assertEquals(n * (n - 1) / 4.0, byMerge, n * (n - 1) / 4.0 * 0.01, "about half of all pairs are inverted");
    }

    @Test
    void reversedInputHasEveryPairInverted() {
        int n = 2_000_000;
        assertEquals((long) n * (n - 1) / 2, Inversions.countByMergeSort(SortTesting.descending(n)));
        assertEquals(0, Inversions.countByMergeSort(SortTesting.ascending(n)));
    }

    @Test
    void shellSortAgrees() {
        assertSortsLikeJdk(Sorts::shellSort, SortTesting.random(800_000, 56));
        assertSortsLikeJdk(Sorts::shellSort, SortTesting.organPipe(800_000));
    }
}
