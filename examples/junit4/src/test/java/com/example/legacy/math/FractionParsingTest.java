package com.example.legacy.math;

import static org.junit.Assert.assertEquals;

import com.example.legacy.Slow;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Parameterized without a name pattern: the tests are reported as {@code parsesAndPrints[0]}, ... */
@RunWith(Parameterized.class)
public class FractionParsingTest {

    @Parameters
    public static Collection<Object[]> data() {
        return Arrays.asList(new Object[][] {{"1/2", "1/2"}, {" 6 / 8 ", "3/4"}, {"-4/2", "-2"}});
    }

    private final String text;
    private final String printed;

    public FractionParsingTest(String text, String printed) {
        this.text = text;
        this.printed = printed;
    }

    @Test
    public void parsesAndPrints() {
        Slow.sleepMillis(30);
        assertEquals(printed, Fraction.parse(text).toString());
    }
}
