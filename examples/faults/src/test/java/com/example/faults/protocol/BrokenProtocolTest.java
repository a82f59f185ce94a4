package com.example.faults.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a test writes a line to the process's REAL standard output (file descriptor 1, which the
 * testshard agent reserves for protocol events) that starts with the protocol prefix {@code
 * "\u001e@testshard "} but is not valid JSON. The test itself passes; the runner must count the
 * shard as lost ("unreadable event stream").
 *
 * <p>Only writes when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokenProtocolTest {

    /** Protocol prefix (ASCII record separator + "@testshard ") followed by broken JSON. */
    static final String BROKEN_LINE = "\u001e@testshard {this is not json\n";

    @Test
    @Order(1)
    void beforeBrokenLine() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    @SuppressWarnings("resource") // closing it would close file descriptor 1 for the whole JVM
    void writesBrokenProtocolLine() throws IOException {
        FileOutputStream realStdout = new FileOutputStream(FileDescriptor.out);
        realStdout.write(BROKEN_LINE.getBytes(StandardCharsets.UTF_8));
        realStdout.flush();
    }

    @Test
    @Order(3)
    void afterBrokenLine() {
        assertEquals("ab", "a" + "b");
    }
}
