package com.example.cpu.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** Every test searches 0.6 to 1.7 million SHA-256 hashes; the expected nonces were computed with Python's hashlib. */
class ProofOfWorkTest {

    private static void assertSolution(String prefix, long expectedNonce) throws Exception {
        long nonce = ProofOfWork.solve(prefix, 20, 0);
        assertEquals(expectedNonce, nonce, prefix);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest((prefix + nonce).getBytes(StandardCharsets.UTF_8));
        assertTrue(ProofOfWork.leadingZeroBits(hash) >= 20);
        assertFalse(ProofOfWork.verify(prefix, 20, nonce - 1));
    }

    @Test
    void block8() throws Exception {
        assertSolution("block-8:", 1_677_670);
    }

    @Test
    void block2() throws Exception {
        assertSolution("block-2:", 817_137);
    }

    @Test
    void block4() throws Exception {
        assertSolution("block-4:", 688_186);
    }

    @Test
    void block5() throws Exception {
        assertSolution("block-5:", 1_065_751);
    }

    @Test
    void block7() throws Exception {
        assertSolution("block-7:", 1_545_034);
    }

    @Test
    void block6AndSmallPuzzles() throws Exception {
        assertSolution("block-6:", 595_986);
        assertEquals(227, ProofOfWork.solve("hello", 8, 0));
        assertEquals(60_067, ProofOfWork.solve("hello", 16, 0));
        assertEquals(256, ProofOfWork.leadingZeroBits(new byte[32]));
    }
}
