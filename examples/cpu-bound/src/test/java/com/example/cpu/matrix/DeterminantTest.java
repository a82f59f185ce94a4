package com.example.cpu.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.example.cpu.common.SplitMix64;
import org.junit.jupiter.api.Test;

class DeterminantTest {

    private static final long P = ModMatrix.P;

    @Test
    void determinantIsMultiplicative() {
        ModMatrix a = ModMatrix.random(420, 21);
        ModMatrix b = ModMatrix.random(420, 22);
        long detA = a.determinant();
        long detB = b.determinant();
        assertNotEquals(0, detA);
        assertEquals(detA * detB % P, a.multiplyBlocked(b, 64).determinant());
    }

    @Test
    void transposeKeepsDeterminantAndRowSwapNegatesIt() {
        ModMatrix a = ModMatrix.random(540, 23);
        long det = a.determinant();
        assertEquals(det, a.transpose().determinant());
        assertEquals((P - det) % P, a.swapRows(0, 539).determinant());
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        ModMatrix a = ModMatrix.random(330, 24);
        ModMatrix inverse = a.inverse();
        assertEquals(ModMatrix.identity(330), a.multiplyBlocked(inverse, 64));
        assertEquals(ModMatrix.inverse(a.determinant()), inverse.determinant());
    }

    @Test
    void triangularFactorsGiveProductOfDiagonals() {
        int n = 480;
        SplitMix64 rng = new SplitMix64(25);
        long[][] lower = new long[n][n];
        long[][] upper = new long[n][n];
        long expected = 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j < i) {
                    lower[i][j] = rng.nextLong(P);
                } else if (j > i) {
                    upper[i][j] = rng.nextLong(P);
                }
            }
            lower[i][i] = 1 + rng.nextLong(P - 1);
            upper[i][i] = 1 + rng.nextLong(P - 1);
            expected = expected * lower[i][i] % P * upper[i][i] % P;
        }
        assertEquals(expected, ModMatrix.of(lower).multiply(ModMatrix.of(upper)).determinant());
    }

    @Test
    void vandermondeDeterminant() {
        int n = 650;
        long[] x = new long[n];
        long[][] v = new long[n][n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 7919L + 13) % P;
            long power = 1;
            for (int j = 0; j < n; j++) {
                v[i][j] = power;
                power = power * x[i] % P;
            }
        }
        long expected = 1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                expected = expected * ((x[j] - x[i] + P) % P) % P;
            }
        }
        assertEquals(expected, ModMatrix.of(v).determinant());
    }
}
