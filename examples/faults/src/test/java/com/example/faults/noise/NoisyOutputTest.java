package com.example.faults.noise;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * FAULT: a test prints what no report writer likes, then fails with more of it: ANSI colour codes,
 * control characters that XML 1.0 forbids (NUL, backspace, a lone ESC), the CDATA terminator
 * {@code ]]>}, and about 10 MB of text. The merged report must stay valid XML and small; the
 * shard's {@code output.log} keeps everything.
 *
 * <p>Only prints when {@code TESTSHARD_SHARD} is set; under plain Maven the test is skipped.
 */
class NoisyOutputTest {

    /** Lines of about 52 bytes: 10.4 MB in all. */
    static final int LINES = 200_000;

    @Test
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void printsTenMegabytesOfHostileOutputThenFails() {
        System.out.println("\u001B[1;31mnoisy head\u001B[0m nul:\u0000 bs:\u0008 ]]> esc:\u001B");
        for (int i = 0; i < LINES; i++) {
            System.out.printf("noisy line %06d of a very chatty test, ]]> inside%n", i);
        }
        System.out.println("noisy tail");
        System.err.println("\u001B[33mnoisy stderr\u001B[0m ]]> nul:\u0000");
        fail("noisy failure \u001B[31m]]>\u0000\u0008");
    }
}
