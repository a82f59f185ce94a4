package com.example.cpu.hashing;

/** CRC-32 (IEEE, reflected), Adler-32 and 64-bit FNV-1a. */
public final class Checksums {

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private Checksums() {
    }

    public static long crc32(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
        }
        return ~crc & 0xFFFFFFFFL;
    }

    public static long crc32(byte[] data) {
        return crc32(data, 0, data.length);
    }

    public static long adler32(byte[] data, int offset, int length) {
        final int mod = 65521;
        long a = 1;
        long b = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int chunk = Math.min(end - i, 5552);
            for (int k = 0; k < chunk; k++) {
                a += data[i++] & 0xff;
                b += a;
            }
            a %= mod;
            b %= mod;
        }
        return b << 16 | a;
    }

    public static long adler32(byte[] data) {
        return adler32(data, 0, data.length);
    }

    public static long fnv1a64(byte[] data) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : data) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
