package com.example.cpu.hashing;

import java.nio.charset.StandardCharsets;

/** SHA-256 (FIPS 180-4) in plain Java, independent of {@code java.security.MessageDigest}. */
public final class Sha256 {

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    };

    private static final int[] INITIAL = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };

    private final int[] state = INITIAL.clone();
    private final int[] w = new int[64];
    private final byte[] buffer = new byte[64];
    private int buffered;
    private long length;

    public static byte[] digest(byte[] data) {
        return new Sha256().update(data, 0, data.length).digest();
    }

    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    public Sha256 update(byte[] data, int offset, int count) {
        length += count;
        int i = offset;
        int end = offset + count;
        if (buffered > 0) {
            while (buffered < 64 && i < end) {
                buffer[buffered++] = data[i++];
            }
            if (buffered < 64) {
                return this;
            }
            compress(buffer, 0);
            buffered = 0;
        }
        while (end - i >= 64) {
            compress(data, i);
            i += 64;
        }
        while (i < end) {
            buffer[buffered++] = data[i++];
        }
        return this;
    }

    public byte[] digest() {
        long bits = length * 8;
        byte[] padding = new byte[(buffered < 56 ? 56 - buffered : 120 - buffered) + 8];
        padding[0] = (byte) 0x80;
        for (int k = 0; k < 8; k++) {
            padding[padding.length - 1 - k] = (byte) (bits >>> (8 * k));
        }
        update(padding, 0, padding.length);
        byte[] out = new byte[32];
        for (int k = 0; k < 8; k++) {
            out[4 * k] = (byte) (state[k] >>> 24);
            out[4 * k + 1] = (byte) (state[k] >>> 16);
            out[4 * k + 2] = (byte) (state[k] >>> 8);
            out[4 * k + 3] = (byte) state[k];
        }
        return out;
    }

    private void compress(byte[] block, int offset) {
        for (int t = 0; t < 16; t++) {
            int j = offset + 4 * t;
            w[t] = (block[j] & 0xff) << 24 | (block[j + 1] & 0xff) << 16 | (block[j + 2] & 0xff) << 8 | (block[j + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
            int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int ch = (e & f) ^ (~e & g);
            int t1 = h + s1 + ch + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int maj = (a & b) ^ (a & c) ^ (b & c);
            int t2 = s0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
