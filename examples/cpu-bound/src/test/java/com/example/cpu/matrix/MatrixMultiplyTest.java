package com.example.cpu.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MatrixMultiplyTest {

    @Test
    void naiveAndBlockedProductsAgree() {
        ModMatrix a = ModMatrix.random(450, 1);
        ModMatrix b = ModMatrix.random(450, 2);
        ModMatrix naive = a.multiply(b);
        assertEquals(naive, a.multiplyBlocked(b, 32));
        assertEquals(naive, a.multiplyBlocked(b, 100));
    }

    @Test
    void identityIsNeutral() {
        ModMatrix a = ModMatrix.random(450, 3);
        ModMatrix identity = ModMatrix.identity(450);
        assertEquals(a, a.multiply(identity));
        assertEquals(a, identity.multiplyBlocked(a, 64));
    }

    @Test
    void productIsAssociative() {
        ModMatrix a = ModMatrix.random(360, 4);
        ModMatrix b = ModMatrix.random(360, 5);
        ModMatrix c = ModMatrix.random(360, 6);
        assertEquals(a.multiply(b).multiply(c), a.multiplyBlocked(b.multiplyBlocked(c, 64), 64));
    }

    @Test
    void productDistributesOverSum() {
        ModMatrix a = ModMatrix.random(420, 7);
        ModMatrix b = ModMatrix.random(420, 8);
        ModMatrix c = ModMatrix.random(420, 9);
        assertEquals(a.add(b).multiplyBlocked(c, 64), a.multiply(c).add(b.multiply(c)));
    }

    @Test
    void transposeReversesProduct() {
        ModMatrix a = ModMatrix.random(450, 10);
        ModMatrix b = ModMatrix.random(450, 11);
        ModMatrix ab = a.multiplyBlocked(b, 64);
        assertEquals(ab.transpose(), b.transpose().multiply(a.transpose()));
        assertNotEquals(ab, b.multiplyBlocked(a, 64), "random matrices do not commute");
    }
}
