package com.example.cpu.hashing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.example.cpu.common.SplitMix64;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<byte[]> leaves(long seed, int count) {
        SplitMix64 rng = new SplitMix64(seed);
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] leaf = new byte[1 + rng.nextInt(100)];
            rng.nextBytes(leaf);
            leaves.add(leaf);
        }
        return leaves;
    }

    @Test
    void millionRoundChain() {
        assertEquals("b4b47bc2e5f7ed3a68a475c6641de747d0d38d449e9849d57258758a9ad4e0c0",
                Sha256.hex(HashChain.iterate("testshard", 1_000_000)));
    }

    @Test
    void chainMatchesJdk() throws Exception {
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        byte[] expected = "seed".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 700_000; i++) {
            expected = jdk.digest(expected);
        }
        assertArrayEquals(expected, HashChain.iterate("seed", 700_000));
    }

    @Test
    void merkleRootOfHundredThousandLeaves() {
        assertEquals("b3d59ca81c00d0e202a9a0587c96f057cbdf8cec970fd88d49e4c1ea8707fe73",
                Sha256.hex(HashChain.merkleRoot(leaves(2024, 100_000))));
    }

    @Test
    void everyLeafChangesTheRoot() {
        List<byte[]> leaves = leaves(5, 1_000);
        byte[] root = HashChain.merkleRoot(leaves);
        for (int i = 0; i < leaves.size(); i += 4) {
            byte[] original = leaves.get(i);
            byte[] tampered = original.clone();
            tampered[0] ^= 1;
            leaves.set(i, tampered);
            assertFalse(Arrays.equals(root, HashChain.merkleRoot(leaves)), "leaf " + i);
            leaves.set(i, original);
        }
        assertArrayEquals(root, HashChain.merkleRoot(leaves));
    }
}
