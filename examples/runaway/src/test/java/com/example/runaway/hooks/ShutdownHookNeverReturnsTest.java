package com.example.runaway.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** FAULT: registers a JVM shutdown hook that never returns, so the JVM cannot exit by itself. */
class ShutdownHookNeverReturnsTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void registersAHookThatNeverReturns() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep hanging
                }
            }
        }, "hook-that-never-returns"));
        assertEquals(4, 2 + 2);
    }
}
