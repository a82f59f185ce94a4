package com.example.faults.flaky;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that fails on every attempt, so re-runs cannot rescue it ({@code --rerun-failing} must
 * report it failed in the end).
 *
 * <p>Only runs when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
class AlwaysFailsTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void alwaysFails() {
        fail("always fails");
    }
}
