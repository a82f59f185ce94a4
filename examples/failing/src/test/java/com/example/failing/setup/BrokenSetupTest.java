package com.example.failing.setup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The class-level set-up throws, so neither test ever runs. */
class BrokenSetupTest {

    @BeforeAll
    static void connectToDatabase() {
        throw new IllegalStateException("database unavailable (set-up fails on purpose)");
    }

    @Test
    void neverRunsFirst() {
        assertTrue(true);
    }

    @Test
    void neverRunsSecond() {
        assertTrue(true);
    }
}
