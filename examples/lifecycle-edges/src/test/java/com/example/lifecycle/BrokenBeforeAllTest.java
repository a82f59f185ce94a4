package com.example.lifecycle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @BeforeAll} throws: Surefire writes one error without a name for the class. */
class BrokenBeforeAllTest {
    @BeforeAll
    static void connect() {
        throw new IllegalStateException("set-up fails on purpose");
    }

    @Test
    void one() {}

    @Test
    void two() {}
}
