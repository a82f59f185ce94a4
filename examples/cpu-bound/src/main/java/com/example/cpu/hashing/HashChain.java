package com.example.cpu.hashing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hash chains (h(h(h(seed)))) and Merkle trees over SHA-256. */
public final class HashChain {

    private HashChain() {
    }

    public static byte[] iterate(byte[] seed, int rounds) {
        byte[] current = seed;
        for (int i = 0; i < rounds; i++) {
            current = Sha256.digest(current);
        }
        return current;
    }

    public static byte[] iterate(String seed, int rounds) {
        return iterate(seed.getBytes(StandardCharsets.UTF_8), rounds);
    }

    /**
     * The Merkle root of the leaves: leaf hash = H(0x00 || leaf), inner node = H(0x01 || left || right),
     * an odd node at the end of a level is carried up unchanged.
     */
    public static byte[] merkleRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Sha256.digest(new byte[0]);
        }
        List<byte[]> level = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) {
            level.add(new Sha256().update(new byte[] {0}, 0, 1).update(leaf, 0, leaf.length).digest());
        }
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) {
                next.add(new Sha256().update(new byte[] {1}, 0, 1)
                        .update(level.get(i), 0, 32)
                        .update(level.get(i + 1), 0, 32)
                        .digest());
            }
            if (level.size() % 2 == 1) {
                next.add(level.get(level.size() - 1));
            }
            level = next;
        }
        return level.get(0);
    }
}
