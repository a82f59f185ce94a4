package com.example.cpu.bignum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SquareRootTest {

    @Test
    void newtonMatchesBigIntegerSqrt() {
        Random random = new Random(111);
        for (int i = 0; i < 4_500; i++) {
            BigInteger n = new BigInteger(200 + random.nextInt(3_000), random);
            assertEquals(n.sqrt(), Roots.isqrt(n));
        }
    }

    @Test
    void squareRootOfTwo() {
        String digits = Roots.sqrtDigits(2, 10_000);
        assertTrue(digits.startsWith("14142135623730950488"));
        assertTrue(digits.endsWith("8587325835"));
        assertEquals("b1b81b0dc33ff31119e73275e3c8626cccf73f85f7da08a268275f9004ca31f3", Digests.sha256(digits));
        BigInteger scale = BigInteger.TEN.pow(2 * 699);
        for (int n = 3; n <= 2_500; n++) {
            BigInteger root = new BigInteger(Roots.sqrtDigits(n, 700));
            BigInteger scaled = BigInteger.valueOf(n).multiply(scale);
            assertTrue(root.multiply(root).compareTo(scaled) <= 0);
            assertTrue(root.add(BigInteger.ONE).pow(2).compareTo(scaled) > 0);
        }
    }

    @Test
    void perfectSquaresAndTheirNeighbours() {
        Random random = new Random(112);
        for (int i = 0; i < 4_500; i++) {
            BigInteger n = new BigInteger(100 + random.nextInt(1_500), random).add(BigInteger.ONE);
            BigInteger square = n.multiply(n);
            assertEquals(n, Roots.isqrt(square));
            assertEquals(n.subtract(BigInteger.ONE), Roots.isqrt(square.subtract(BigInteger.ONE)));
            assertEquals(n, Roots.isqrt(square.add(n).add(n)));
        }
    }

    @Test
    void higherRoots() {
        Random random = new Random(113);
        for (int k = 2; k <= 9; k++) {
            for (int i = 0; i < 80; i++) {
                BigInteger n = new BigInteger(200 + random.nextInt(2_000), random).add(BigInteger.TWO);
                BigInteger power = n.pow(k);
                assertEquals(n, Roots.iroot(power, k), "k = " + k);
                assertEquals(n.subtract(BigInteger.ONE), Roots.iroot(power.subtract(BigInteger.ONE), k), "k = " + k);
            }
        }
    }
}
