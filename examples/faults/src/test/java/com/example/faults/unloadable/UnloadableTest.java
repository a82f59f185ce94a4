package com.example.faults.unloadable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * FAULT: the static initializer throws when {@code TESTSHARD_SHARD} is set, so the class cannot be
 * initialized and neither test can run. Under plain Maven the initializer does nothing and both
 * tests pass.
 *
 * <p>The class file itself loads fine: the initializer runs only when the class is first
 * initialized (JUnit creating the first test instance), not when it is loaded.
 */
class UnloadableTest {

    static {
        if (System.getenv("TESTSHARD_SHARD") != null) {
            throw new IllegalStateException("static init fails on purpose");
        }
    }

    @Test
    void firstNeverRuns() {
        assertEquals(4, 2 + 2);
    }

    @Test
    void secondNeverRuns() {
        assertEquals("ab", "a" + "b");
    }
}
