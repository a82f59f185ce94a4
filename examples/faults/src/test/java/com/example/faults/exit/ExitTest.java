package com.example.faults.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a test ends the JVM with {@code System.exit(3)}. The test before it has already reported;
 * the test after it is lost.
 *
 * <p>The exit only happens when {@code TESTSHARD_SHARD} is set (testshard sets it in every
 * container); under plain Maven the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExitTest {

    @Test
    @Order(1)
    void beforeExit() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void exitsTheJvm() {
        System.exit(3);
    }

    @Test
    @Order(3)
    void afterExit() {
        assertEquals("ab", "a" + "b");
    }
}
