package com.example.lifecycle;

import org.junit.jupiter.api.Test;

/** An ordinary passing test, so that the report is not made of edge cases only. */
class PlainTest {
    @Test
    void passes() {}
}
