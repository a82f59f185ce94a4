package com.example.runaway.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** FAULT: writes to a file under /tmp until the disk is full (there: until the write fails). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FillsTmpTest {

    @Test
    @Order(1)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void writesUntilTheDiskIsFull() throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(Files.createTempFile("fill", ".bin"))) {
            while (true) {
                out.write(chunk);
            }
        }
    }

    @Test
    @Order(2)
    void afterFillingTheDisk() {
        assertEquals(4, 2 + 2);
    }
}
