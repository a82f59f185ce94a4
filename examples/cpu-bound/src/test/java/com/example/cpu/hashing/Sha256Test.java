package com.example.cpu.hashing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.cpu.common.SplitMix64;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Sha256Test {

    private static MessageDigest jdk() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void knownVectorsAndHundredMillionAs() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(Sha256.digest("")));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex(Sha256.digest("abc")));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Sha256.hex(Sha256.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
        byte[] megabyte = new byte[1_000_000];
        Arrays.fill(megabyte, (byte) 'a');
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Sha256.hex(Sha256.digest(megabyte)));
        Sha256 sha = new Sha256();
        for (int i = 0; i < 100; i++) {
            sha.update(megabyte, 0, megabyte.length);
        }
        assertEquals("83d30385a4a11980275dc23de3fb49ff37b906cc841efa048a96c62d90ff3b5f", Sha256.hex(sha.digest()));
    }

    @Test
    void matchesJdkForEveryLength() {
        SplitMix64 rng = new SplitMix64(1);
        byte[] data = new byte[10_000];
        rng.nextBytes(data);
        MessageDigest jdk = jdk();
        for (int length = 0; length <= data.length; length++) {
            byte[] message = Arrays.copyOf(data, length);
            assertArrayEquals(jdk.digest(message), Sha256.digest(message), "length " + length);
        }
    }

    @Test
    void matchesJdkOnLargeRandomBuffer() {
        byte[] data = new byte[48 << 20];
        new SplitMix64(2).nextBytes(data);
        assertArrayEquals(jdk().digest(data), Sha256.digest(data));
    }

    @Test
    void incrementalUpdatesMatchOneShot() {
        SplitMix64 rng = new SplitMix64(3);
        byte[] data = new byte[40 << 20];
        rng.nextBytes(data);
        Sha256 sha = new Sha256();
        int offset = 0;
        while (offset < data.length) {
            int chunk = Math.min(data.length - offset, rng.nextInt(200_000));
            sha.update(data, offset, chunk);
            offset += chunk;
        }
        assertArrayEquals(Sha256.digest(data), sha.digest());
    }

    @Test
    void singleBitChangesHalfTheOutputBits() {
        byte[] message = new byte[1_024];
        new SplitMix64(4).nextBytes(message);
        byte[] base = Sha256.digest(message);
        long changedBits = 0;
        int flips = message.length * 8 * 4;
        for (int i = 0; i < flips; i++) {
            int bit = i % (message.length * 8);
            message[bit / 8] ^= (byte) (1 << (bit % 8));
            byte[] changed = Sha256.digest(message);
            message[bit / 8] ^= (byte) (1 << (bit % 8));
            for (int k = 0; k < 32; k++) {
                changedBits += Integer.bitCount((base[k] ^ changed[k]) & 0xff);
            }
        }
        double average = (double) changedBits / flips;
        assertEquals(128.0, average, 1.0, "avalanche: average changed output bits");
    }
}
