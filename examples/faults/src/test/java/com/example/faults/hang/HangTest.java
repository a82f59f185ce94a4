package com.example.faults.hang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a test sleeps for 10 minutes, for shard-timeout tests (e.g. {@code --shard-timeout 20s}).
 * The test before it has already reported; the test after it is lost when the shard is killed.
 *
 * <p>Only hangs when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HangTest {

    @Test
    @Order(1)
    void beforeHang() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void sleepsForTenMinutes() throws InterruptedException {
        Thread.sleep(600_000);
    }

    @Test
    @Order(3)
    void afterHang() {
        assertEquals("ab", "a" + "b");
    }
}
