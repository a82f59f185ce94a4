package com.example.runaway.threads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** FAULT: leaves a non-daemon thread running forever after the test ends. */
class NonDaemonThreadTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void leavesANonDaemonThreadRunning() {
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep running
                }
            }
        }, "left-running");
        thread.setDaemon(false);
        thread.start();
        assertTrue(thread.isAlive());
    }
}
