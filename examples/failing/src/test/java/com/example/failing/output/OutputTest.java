package com.example.failing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.example.failing.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutputTest {

    @BeforeAll
    static void setUpClass() {
        Slow.sleepMillis(200);
    }

    /** Prints to both streams, then FAILS on purpose: the output must show up in the report. */
    @Test
    void printsThenFails() {
        System.out.println("stdout-marker: written to System.out before failing");
        System.err.println("stderr-marker: written to System.err before failing");
        fail("failing after printing stdout-marker and stderr-marker");
    }

    /** Passes, but prints ANSI colour codes and a CDATA terminator that a report writer must escape. */
    @Test
    void printsAnsiAndCdataTerminator() {
        System.out.println("\u001B[31mred\u001B[0m \u001B[1;32mbold green\u001B[0m and a CDATA end: ]]> done");
        System.err.println("stderr with ]]> too");
        assertEquals(4, "]]>x".length());
    }

    @Test
    void quietPass() {
        assertEquals("ok", "o" + "k");
    }
}
