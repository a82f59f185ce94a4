package com.example.cpu.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.cpu.common.SplitMix64;
import org.junit.jupiter.api.Test;

class LinearSystemTest {

    @Test
    void solvesWellConditionedSystem() {
        int n = 1_300;
        DoubleMatrix a = DoubleMatrix.random(n, 41, true);
        SplitMix64 rng = new SplitMix64(42);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() * 200 - 100;
        }
        double[] solution = a.lu().solve(a.multiply(x));
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], solution[i], 1e-9, "x[" + i + "]");
        }
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        DoubleMatrix a = DoubleMatrix.random(500, 43, false);
        DoubleMatrix inverse = a.lu().inverse();
        assertTrue(a.multiply(inverse).maxDifference(DoubleMatrix.identity(500)) < 1e-9);
    }

    @Test
    void logDeterminantOfProductIsSum() {
        DoubleMatrix a = DoubleMatrix.random(850, 44, false);
        DoubleMatrix b = DoubleMatrix.random(850, 45, false);
        double[] da = a.lu().logDeterminant();
        double[] db = b.lu().logDeterminant();
        double[] dab = a.multiply(b).lu().logDeterminant();
        assertEquals(da[0] * db[0], dab[0]);
        assertEquals(da[1] + db[1], dab[1], 1e-8);
    }

    @Test
    void integerProductIsExactInDoubles() {
        int n = 420;
        SplitMix64 rng = new SplitMix64(46);
        long[][] x = new long[n][n];
        long[][] y = new long[n][n];
        double[][] dx = new double[n][n];
        double[][] dy = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = rng.nextLong(1_000);
                y[i][j] = rng.nextLong(1_000);
                dx[i][j] = x[i][j];
                dy[i][j] = y[i][j];
            }
        }
        ModMatrix exact = ModMatrix.of(x).multiply(ModMatrix.of(y));
        DoubleMatrix approx = DoubleMatrix.of(dx).multiply(DoubleMatrix.of(dy));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(exact.get(i, j), (long) approx.get(i, j));
            }
        }
    }
}
