package com.example.cpu.sorting;

import static com.example.cpu.sorting.SortTesting.assertSortsLikeJdk;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuickSortTest {

    @Test
    void sortsRandomArray() {
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.random(3_000_000, 61));
    }

    @Test
    void sortsManyDuplicates() {
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.fewDistinct(5_000_000, 10, 62));
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.fewDistinct(1_000_000, 1, 63));
    }

    @Test
    void sortsSortedAndReversedInputs() {
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.ascending(3_000_000));
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.descending(3_000_000));
    }

    @Test
    void sortsAdversarialPatterns() {
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.organPipe(2_000_000));
        assertSortsLikeJdk(Sorts::quickSort, SortTesting.sawtooth(2_000_000, 1_000));
    }

    @Test
    void quickselectFindsOrderStatistics() {
        int[] a = SortTesting.random(1_000_000, 64);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < a.length; k += 9_999) {
            assertEquals(sorted[k], Inversions.select(a, k), "k = " + k);
        }
        assertEquals(sorted[a.length - 1], Inversions.select(a, a.length - 1));
    }
}
