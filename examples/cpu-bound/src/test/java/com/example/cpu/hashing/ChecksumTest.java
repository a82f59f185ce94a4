package com.example.cpu.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.example.cpu.common.SplitMix64;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ChecksumTest {

    private static byte[] random(long seed, int size) {
        byte[] data = new byte[size];
        new SplitMix64(seed).nextBytes(data);
        return data;
    }

    @Test
    void crc32MatchesJdk() {
        assertEquals(0xCBF43926L, Checksums.crc32("123456789".getBytes(StandardCharsets.US_ASCII)));
        byte[] data = random(10, 64 << 20);
        CRC32 jdk = new CRC32();
        jdk.update(data);
        assertEquals(jdk.getValue(), Checksums.crc32(data));
    }

    @Test
    void adler32MatchesJdk() {
        assertEquals(0x11E60398L, Checksums.adler32("Wikipedia".getBytes(StandardCharsets.US_ASCII)));
        byte[] data = random(11, 96 << 20);
        for (int offset : new int[] {0, 1, 7}) {
            Adler32 jdk = new Adler32();
            jdk.update(data, offset, data.length - offset);
            assertEquals(jdk.getValue(), Checksums.adler32(data, offset, data.length - offset), "offset " + offset);
        }
    }

    @Test
    void crcOfSlicesDiffer() {
        byte[] data = random(12, 2 << 20);
        long previous = -1;
        for (int offset = 0; offset < 64; offset++) {
            long crc = Checksums.crc32(data, offset, data.length - 64);
            assertNotEquals(previous, crc);
            previous = crc;
        }
    }

    @Test
    void fnv1aHasNoCollisionsOnTwoMillionKeys() {
        assertEquals(0xcbf29ce484222325L, Checksums.fnv1a64(new byte[0]));
        assertEquals(0xaf63dc4c8601ec8cL, Checksums.fnv1a64("a".getBytes(StandardCharsets.US_ASCII)));
        long[] hashes = new long[2_000_000];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = Checksums.fnv1a64(("key-" + i).getBytes(StandardCharsets.US_ASCII));
        }
        Arrays.sort(hashes);
        for (int i = 1; i < hashes.length; i++) {
            assertNotEquals(hashes[i - 1], hashes[i]);
        }
    }
}
