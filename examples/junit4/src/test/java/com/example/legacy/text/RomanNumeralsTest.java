package com.example.legacy.text;

import static org.junit.Assert.assertEquals;

import com.example.legacy.Slow;
import java.util.Arrays;
import java.util.Collection;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class RomanNumeralsTest {

    @Parameters(name = "{0} = {1}")
    public static Collection<Object[]> data() {
        return Arrays.asList(new Object[][] {
            {1, "I"}, {4, "IV"}, {9, "IX"}, {14, "XIV"}, {40, "XL"}, {1994, "MCMXCIV"}, {3999, "MMMCMXCIX"}
        });
    }

    private final int number;
    private final String roman;

    public RomanNumeralsTest(int number, String roman) {
        this.number = number;
        this.roman = roman;
    }

    @BeforeClass
    public static void setUpClass() {
        Slow.sleepMillis(300);
    }

    @Test
    public void convertsBothWays() {
        Slow.sleepMillis(30);
        assertEquals(roman, RomanNumerals.toRoman(number));
        assertEquals(number, RomanNumerals.fromRoman(roman));
    }
}
