package com.example.cpu.common;

/**
 * A small deterministic pseudo-random generator (SplitMix64), so that every run and every JVM
 * generates exactly the same test data from the same seed.
 */
public final class SplitMix64 {

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, bound), bound > 0 (a plain remainder: tiny bias, but fully deterministic). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return Long.remainderUnsigned(nextLong(), bound);
    }

    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** A value in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long word = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, i++) {
                bytes[i] = (byte) word;
                word >>>= 8;
            }
        }
    }

    public int[] ints(int count) {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = nextInt();
        }
        return values;
    }
}
