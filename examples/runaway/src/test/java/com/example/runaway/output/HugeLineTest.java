package com.example.runaway.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: 50 MB on one line: once through {@code System.out} without any line end, once straight
 * to the process's standard output (file descriptor 1, where the agent's events go), ended by a
 * line end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HugeLineTest {

    private static final int FIFTY_MEGABYTES = 50 << 20;

    @Test
    @Order(1)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void printsFiftyMegabytesWithoutALineEnd() {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 50; i++) {
            System.out.write(chunk, 0, chunk.length);
        }
        System.out.flush();
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void writesFiftyMegabytesOnOneLineToTheProcessOutput() throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'y');
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        for (int i = 0; i < 50; i++) {
            out.write(chunk);
        }
        out.write('\n');
        out.flush();
    }

    @Test
    @Order(3)
    void afterTheHugeLines() {
        assertEquals(FIFTY_MEGABYTES, 50 * 1024 * 1024);
    }
}
