package com.example.lifecycle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** An assumption fails in {@code @AfterAll}: the test passed, and Surefire writes nothing more. */
class AssumingAfterAllTest {
    @AfterAll
    static void cleanUp() {
        assumeTrue(false, "nothing to clean");
    }

    @Test
    void one() {}
}
