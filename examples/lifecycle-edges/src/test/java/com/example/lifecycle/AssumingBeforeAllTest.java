package com.example.lifecycle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An assumption fails in {@code @BeforeAll}: Surefire writes no test case at all for the class. */
class AssumingBeforeAllTest {
    @BeforeAll
    static void needsDatabase() {
        assumeTrue(false, "no database here");
    }

    @Test
    void one() {}

    @Test
    void two() {}
}
