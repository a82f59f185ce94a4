package com.example.cpu.hashing;

import java.nio.charset.StandardCharsets;

/** A hash-cash style puzzle: the smallest nonce whose SHA-256(prefix + nonce) starts with enough zero bits. */
public final class ProofOfWork {

    private ProofOfWork() {
    }

    public static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
            } else {
                return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
        }
        return bits;
    }

    public static byte[] hash(String prefix, long nonce) {
        return Sha256.digest((prefix + nonce).getBytes(StandardCharsets.UTF_8));
    }

    /** The smallest nonce >= from such that SHA-256(prefix + decimal nonce) has at least zeroBits leading zero bits. */
    public static long solve(String prefix, int zeroBits, long from) {
        for (long nonce = from; ; nonce++) {
            if (leadingZeroBits(hash(prefix, nonce)) >= zeroBits) {
                return nonce;
            }
        }
    }

    public static boolean verify(String prefix, int zeroBits, long nonce) {
        return leadingZeroBits(hash(prefix, nonce)) >= zeroBits;
    }
}
