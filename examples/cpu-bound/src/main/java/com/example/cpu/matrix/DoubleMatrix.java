package com.example.cpu.matrix;

import com.example.cpu.common.SplitMix64;

/** A dense square matrix of doubles with LU decomposition (partial pivoting). Immutable. */
public final class DoubleMatrix {

    private final double[][] a;

    private DoubleMatrix(double[][] a) {
        this.a = a;
    }

    public static DoubleMatrix of(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return new DoubleMatrix(copy);
    }

    /** Entries uniform in [-1, 1), plus n on the diagonal when diagonallyDominant (well conditioned). */
    public static DoubleMatrix random(int n, long seed, boolean diagonallyDominant) {
        SplitMix64 rng = new SplitMix64(seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = rng.nextDouble() * 2 - 1;
            }
            if (diagonallyDominant) {
                m[i][i] += n;
            }
        }
        return new DoubleMatrix(m);
    }

    public static DoubleMatrix hilbert(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = 1.0 / (i + j + 1);
            }
        }
        return new DoubleMatrix(m);
    }

    public int size() {
        return a.length;
    }

    public double get(int i, int j) {
        return a[i][j];
    }

    public DoubleMatrix multiply(DoubleMatrix other) {
        int n = a.length;
        double[][] b = other.a;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] ci = c[i];
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                double[] bk = b[k];
                for (int j = 0; j < n; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        return new DoubleMatrix(c);
    }

    public double[] multiply(double[] x) {
        int n = a.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** The LU decomposition with partial pivoting of this matrix. */
    public Lu lu() {
        int n = a.length;
        double[][] lu = new double[n][];
        for (int i = 0; i < n; i++) {
            lu[i] = a[i].clone();
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int sign = 1;
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[pivot][k])) {
                    pivot = i;
                }
            }
            if (lu[pivot][k] == 0) {
                throw new ArithmeticException("singular matrix");
            }
            if (pivot != k) {
                double[] tmp = lu[pivot];
                lu[pivot] = lu[k];
                lu[k] = tmp;
                int t = perm[pivot];
                perm[pivot] = perm[k];
                perm[k] = t;
                sign = -sign;
            }
            double[] rowK = lu[k];
            for (int i = k + 1; i < n; i++) {
                double[] rowI = lu[i];
                double factor = rowI[k] / rowK[k];
                rowI[k] = factor;
                for (int j = k + 1; j < n; j++) {
                    rowI[j] -= factor * rowK[j];
                }
            }
        }
        return new Lu(lu, perm, sign);
    }

    /** L and U packed in one array (L has an implicit unit diagonal), and the row permutation. */
    public static final class Lu {

        private final double[][] lu;
        private final int[] perm;
        private final int sign;

        Lu(double[][] lu, int[] perm, int sign) {
            this.lu = lu;
            this.perm = perm;
            this.sign = sign;
        }

        public double[] solve(double[] b) {
            int n = lu.length;
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                double s = b[perm[i]];
                for (int j = 0; j < i; j++) {
                    s -= lu[i][j] * x[j];
                }
                x[i] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i];
                for (int j = i + 1; j < n; j++) {
                    s -= lu[i][j] * x[j];
                }
                x[i] = s / lu[i][i];
            }
            return x;
        }

        /** log |det| and the sign of the determinant, as {sign, log}. */
        public double[] logDeterminant() {
            double log = 0;
            int s = sign;
            for (int i = 0; i < lu.length; i++) {
                double d = lu[i][i];
                if (d < 0) {
                    s = -s;
                }
                log += Math.log(Math.abs(d));
            }
            return new double[] {s, log};
        }

        public DoubleMatrix inverse() {
            int n = lu.length;
            double[][] inv = new double[n][n];
            for (int c = 0; c < n; c++) {
                double[] e = new double[n];
                e[c] = 1;
                double[] col = solve(e);
                for (int r = 0; r < n; r++) {
                    inv[r][c] = col[r];
                }
            }
            return new DoubleMatrix(inv);
        }
    }

    /** The largest absolute difference between this matrix and other. */
    public double maxDifference(DoubleMatrix other) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - other.a[i][j]));
            }
        }
        return max;
    }

    public static DoubleMatrix identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return new DoubleMatrix(m);
    }
}
