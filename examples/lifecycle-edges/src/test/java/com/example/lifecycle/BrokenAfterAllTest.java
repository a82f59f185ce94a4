package com.example.lifecycle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code @AfterAll} throws after both tests passed: the tests, and one error without a name. */
class BrokenAfterAllTest {
    @AfterAll
    static void disconnect() {
        throw new IllegalStateException("tear-down fails on purpose");
    }

    @Test
    void one() {}

    @Test
    void two() {}
}
