package com.example.runaway.stuck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** FAULT: a test that never ends, for the default deadline (no --shard-timeout, no --timeout). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeverEndsTest {

    @Test
    @Order(1)
    void beforeNeverEnding() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void neverEnds() throws InterruptedException {
        while (true) {
            Thread.sleep(60_000);
        }
    }
}
