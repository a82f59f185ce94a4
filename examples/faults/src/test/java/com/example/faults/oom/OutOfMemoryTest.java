package com.example.faults.oom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a test allocates and holds 16 MB byte arrays until the JVM runs out of memory. Every
 * array is filled, so its pages are really touched and the container's memory use grows.
 *
 * <p>Meant to run with {@code --memory 256m}. Two endings are possible, and both lose the shard:
 * the JVM throws {@link OutOfMemoryError} (JUnit treats it as unrecoverable and rethrows it out of
 * the launcher instead of reporting a failed test), or the kernel's OOM killer ends the JVM.
 *
 * <p>Only runs when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutOfMemoryTest {

    private static final int CHUNK_BYTES = 16 * 1024 * 1024;

    @Test
    @Order(1)
    void beforeOutOfMemory() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void allocatesUntilTheJvmDies() {
        List<byte[]> held = new ArrayList<>();
        while (true) {
            byte[] chunk = new byte[CHUNK_BYTES];
            Arrays.fill(chunk, (byte) 0x5A);
            held.add(chunk);
            System.err.println("holding " + held.size() * 16 + " MB");
        }
    }

    @Test
    @Order(3)
    void afterOutOfMemory() {
        assertEquals("ab", "a" + "b");
    }
}
