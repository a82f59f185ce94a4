package com.example.legacy.math;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.example.legacy.Slow;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class FractionTest {

    @BeforeClass
    public static void warmUp() {
        Slow.sleepMillis(400);
    }

    @Before
    public void setUp() {
        Slow.sleepMillis(35);
    }

    @Test
    public void reducesAndNormalisesSign() {
        assertEquals("2/3", new Fraction(4, 6).toString());
        assertEquals("-1/2", new Fraction(3, -6).toString());
        assertEquals("0", new Fraction(0, -5).toString());
    }

    @Test
    public void adds() {
        assertEquals(Fraction.parse("5/6"), Fraction.parse("1/2").plus(Fraction.parse("1/3")));
        assertEquals(Fraction.parse("1"), Fraction.parse("1/2").plus(Fraction.parse("2/4")));
    }

    @Test
    public void multipliesAndInverts() {
        assertEquals(Fraction.parse("1/4"), Fraction.parse("1/2").times(Fraction.parse("1/2")));
        assertEquals(Fraction.parse("-3/2"), Fraction.parse("-2/3").reciprocal());
    }

    @Test
    public void parsesIntegersAndSpaces() {
        assertEquals(new Fraction(7, 1), Fraction.parse(" 7 "));
        assertEquals(new Fraction(3, 4), Fraction.parse("3 / 4"));
    }

    @Test
    public void comparesByValue() {
        assertTrue(Fraction.parse("1/3").compareTo(Fraction.parse("1/2")) < 0);
        assertEquals(0, Fraction.parse("2/4").compareTo(Fraction.parse("1/2")));
    }

    @Test(expected = ArithmeticException.class)
    public void zeroDenominatorIsRejected() {
        new Fraction(1, 0);
    }

    @Test
    public void rejectsGarbage() {
        assertThrows(NumberFormatException.class, () -> Fraction.parse("1/2/3"));
        assertThrows(NumberFormatException.class, () -> Fraction.parse("a/b"));
    }
}
