package com.example.cpu.bignum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The expected digests and digit counts were computed with Python's mpmath. */
class PiDigitsTest {

    @Test
    void firstTenThousandDigits() {
        String pi = PiDigits.machin(20_000).substring(0, 10_001);
        assertTrue(pi.startsWith("31415926535897932384626433832795028841971693993751"));
        assertEquals("ab03bf7037718e1525340a0c43f0049ddbe99c6067ad3e08a4de5c591fedc524", Digests.sha256(pi));
        assertArrayEquals(new int[] {968, 1_026, 1_021, 974, 1_012, 1_046, 1_021, 970, 948, 1_014}, PiDigits.digitCounts(pi.substring(1)));
        assertEquals(pi, PiDigits.gauss(10_000));
    }

    @Test
    void machinGivesFortyThousandDigits() {
        String pi = PiDigits.machin(40_000);
        assertTrue(pi.endsWith("2473837651"));
        assertEquals("a19a0d5b49e6c4dade3c5b57bee41580a8977ce96766cd5c8c357b218add8fdb", Digests.sha256(pi));
    }

    @Test
    void gaussAgreesWithMachin() {
        assertEquals(PiDigits.machin(20_000), PiDigits.gauss(20_000));
    }

    @Test
    void gaussGivesThirtyThousandDigits() {
        String pi = PiDigits.gauss(30_000);
        assertTrue(pi.endsWith("9451082478"));
        assertEquals("806d6e9899a3c0a45db90cd1856f39f186d6d7febb7fa8f53835deb29757876e", Digests.sha256(pi));
        assertArrayEquals(new int[] {1_954, 1_997, 1_986, 1_986, 2_043, 2_082, 2_017, 1_953, 1_962, 2_020}, PiDigits.digitCounts(pi.substring(1, 20_001)));
    }

    @Test
    void eGivesSixtyThousandDigits() {
        String e = PiDigits.e(60_000);
        assertTrue(e.startsWith("27182818284590452353602874713526624977572470936999"));
        assertTrue(e.endsWith("1348745672"));
        assertEquals("776401929a0a0ad661b9e80886e297fcd5ff970ac7319743c181974ed3cfe0ac", Digests.sha256(e));
        assertEquals("394675f46116db937546c53e831c3a5ef6f5756a341d30d2f7a77c95fdabb087", Digests.sha256(PiDigits.e(10_000)));
    }
}
