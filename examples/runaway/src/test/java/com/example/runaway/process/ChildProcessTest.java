package com.example.runaway.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: starts a child process that sleeps for 1000 s ({@link Sleeper} in a second JVM, which any
 * image with Java has, unlike {@code sleep}) and leaves it running.
 */
class ChildProcessTest {

    @Test
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void leavesAChildProcessRunning() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                        Sleeper.class.getName(), "1000")
                .inheritIO()
                .start();
        assertTrue(child.isAlive());
    }
}
