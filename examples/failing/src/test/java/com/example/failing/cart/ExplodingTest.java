package com.example.failing.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.failing.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class ExplodingTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(200);
    }

    @Test
    void basketStartsEmpty() {
        assertEquals(0, new Basket().size());
    }

    /** ERROR on purpose: an unexpected unchecked exception (not an assertion failure). */
    @Test
    void throwsUncheckedException() {
        Basket basket = null;
        if (Boolean.parseBoolean("true")) {
            throw new IllegalStateException("boom: the basket service is unavailable");
        }
        basket.add(1);
    }

    /** SKIPPED on purpose: disabled. */
    @Test
    @Disabled("disabled on purpose")
    void disabledTest() {
        throw new AssertionError("must never run");
    }

    /** SKIPPED on purpose: a failed assumption aborts the test. */
    @Test
    void failedAssumption() {
        assumeTrue(false, "assumption failed on purpose");
        throw new AssertionError("must never get here");
    }
}
