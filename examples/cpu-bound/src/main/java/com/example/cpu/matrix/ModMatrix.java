package com.example.cpu.matrix;

import com.example.cpu.common.SplitMix64;
import java.util.Arrays;

/** A square matrix over the integers modulo the prime P = 998244353. Immutable. */
public final class ModMatrix {

    public static final long P = 998_244_353L;

    private final long[][] a;

    private ModMatrix(long[][] a) {
        this.a = a;
    }

    public static ModMatrix of(long[][] values) {
        long[][] copy = new long[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != values.length) {
                throw new IllegalArgumentException("not square");
            }
            copy[i] = new long[values.length];
            for (int j = 0; j < values.length; j++) {
                copy[i][j] = Math.floorMod(values[i][j], P);
            }
        }
        return new ModMatrix(copy);
    }

    public static ModMatrix identity(int n) {
        long[][] m = new long[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return new ModMatrix(m);
    }

    public static ModMatrix random(int n, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        long[][] m = new long[n][n];
        for (long[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextLong(P);
            }
        }
        return new ModMatrix(m);
    }

    public int size() {
        return a.length;
    }

    public long get(int i, int j) {
        return a[i][j];
    }

    public long trace() {
        long t = 0;
        for (int i = 0; i < a.length; i++) {
            t = (t + a[i][i]) % P;
        }
        return t;
    }

    /** The textbook i-j-k product. */
    public ModMatrix multiply(ModMatrix other) {
        int n = a.length;
        long[][] b = other.a;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long sum = 0;
                for (int k = 0; k < n; k++) {
                    sum = (sum + a[i][k] * b[k][j]) % P;
                }
                c[i][j] = sum;
            }
        }
        return new ModMatrix(c);
    }

    /** A cache-friendly i-k-j product over blocks of the given size; the same result as {@link #multiply}. */
    public ModMatrix multiplyBlocked(ModMatrix other, int block) {
        int n = a.length;
        long[][] b = other.a;
        long[][] c = new long[n][n];
        for (int ii = 0; ii < n; ii += block) {
            for (int kk = 0; kk < n; kk += block) {
                for (int i = ii; i < Math.min(ii + block, n); i++) {
                    long[] ci = c[i];
                    for (int k = kk; k < Math.min(kk + block, n); k++) {
                        long aik = a[i][k];
                        long[] bk = b[k];
                        for (int j = 0; j < n; j++) {
                            ci[j] = (ci[j] + aik * bk[j]) % P;
                        }
                    }
                }
            }
        }
        return new ModMatrix(c);
    }

    public ModMatrix add(ModMatrix other) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = (a[i][j] + other.a[i][j]) % P;
            }
        }
        return new ModMatrix(c);
    }

    public ModMatrix transpose() {
        int n = a.length;
        long[][] t = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return new ModMatrix(t);
    }

    /** This matrix to the power e by repeated squaring. */
    public ModMatrix power(long e) {
        ModMatrix result = identity(a.length);
        ModMatrix base = this;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.multiplyBlocked(base, 64);
            }
            e >>= 1;
            if (e > 0) {
                base = base.multiplyBlocked(base, 64);
            }
        }
        return result;
    }

    /** The determinant by Gaussian elimination. */
    public long determinant() {
        int n = a.length;
        long[][] m = copy();
        long det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            while (pivot < n && m[pivot][col] == 0) {
                pivot++;
            }
            if (pivot == n) {
                return 0;
            }
            if (pivot != col) {
                long[] tmp = m[pivot];
                m[pivot] = m[col];
                m[col] = tmp;
                det = (P - det) % P;
            }
            det = det * m[col][col] % P;
            long inv = inverse(m[col][col]);
            for (int r = col + 1; r < n; r++) {
                long factor = m[r][col] * inv % P;
                if (factor == 0) {
                    continue;
                }
                for (int c = col; c < n; c++) {
                    m[r][c] = (m[r][c] - factor * m[col][c] % P + P) % P;
                }
            }
        }
        return det;
    }

    /** The inverse by Gauss-Jordan elimination; throws if the matrix is singular. */
    public ModMatrix inverse() {
        int n = a.length;
        long[][] m = copy();
        long[][] inv = identity(n).a;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            while (pivot < n && m[pivot][col] == 0) {
                pivot++;
            }
            if (pivot == n) {
                throw new ArithmeticException("singular matrix");
            }
            long[] tmp = m[pivot];
            m[pivot] = m[col];
            m[col] = tmp;
            tmp = inv[pivot];
            inv[pivot] = inv[col];
            inv[col] = tmp;
            long scale = inverse(m[col][col]);
            for (int c = 0; c < n; c++) {
                m[col][c] = m[col][c] * scale % P;
                inv[col][c] = inv[col][c] * scale % P;
            }
            for (int r = 0; r < n; r++) {
                if (r == col || m[r][col] == 0) {
                    continue;
                }
                long factor = m[r][col];
                for (int c = 0; c < n; c++) {
                    m[r][c] = (m[r][c] - factor * m[col][c] % P + P) % P;
                    inv[r][c] = (inv[r][c] - factor * inv[col][c] % P + P) % P;
                }
            }
        }
        return new ModMatrix(inv);
    }

    public ModMatrix swapRows(int i, int j) {
        long[][] m = copy();
        long[] tmp = m[i];
        m[i] = m[j];
        m[j] = tmp;
        return new ModMatrix(m);
    }

    public static long inverse(long x) {
        return powMod(x, P - 2);
    }

    public static long powMod(long base, long e) {
        long result = 1;
        long b = Math.floorMod(base, P);
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return result;
    }

    private long[][] copy() {
        long[][] m = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = a[i].clone();
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModMatrix other && Arrays.deepEquals(a, other.a);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(a);
    }

    @Override
    public String toString() {
        return "ModMatrix[" + a.length + "x" + a.length + ", trace=" + trace() + "]";
    }
}
