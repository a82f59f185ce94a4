package com.example.testng;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/** One instance per currency from a {@code @Factory}; toString tells them apart in the report. */
public class CurrencyTest {

    private final String code;

    public CurrencyTest(String code) {
        this.code = code;
    }

    @Factory
    public static Object[] currencies() {
        return new Object[] {new CurrencyTest("EUR"), new CurrencyTest("CHF")};
    }

    @Test
    public void hasThreeLetters() {
        assertEquals(code.length(), 3);
    }

    @Override
    public String toString() {
        return code;
    }
}
