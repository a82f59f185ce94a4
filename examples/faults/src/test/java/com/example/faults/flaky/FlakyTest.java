package com.example.faults.flaky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a flaky test. It fails on the first attempt ({@code TESTSHARD_ATTEMPT} absent or {@code
 * 1}) and passes on every re-run ({@code TESTSHARD_ATTEMPT} is {@code 2} or more), for {@code
 * --rerun-failing} tests.
 *
 * <p>Only runs when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlakyTest {

    static final String ATTEMPT = "TESTSHARD_ATTEMPT";

    @Test
    @Order(1)
    void beforeFlaky() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void failsOnFirstAttemptOnly() {
        String value = System.getenv(ATTEMPT);
        int attempt = 1;
        if (value != null && !value.isBlank()) {
            try {
                attempt = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                fail("invalid " + ATTEMPT + " '" + value + "'");
            }
        }
        if (attempt < 2) {
            fail("flaky: fails on attempt " + attempt + " (" + ATTEMPT + "=" + value + "), passes from attempt 2 on");
        }
    }

    @Test
    @Order(3)
    void afterFlaky() {
        assertEquals("ab", "a" + "b");
    }
}
