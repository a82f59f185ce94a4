package com.example.testng;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Data-driven tests (one invocation fails by design) and a test repeated by invocationCount. */
public class PricingTest {

    @DataProvider
    public Object[][] prices() {
        return new Object[][] {{100, 10, 90}, {50, 0, 50}, {20, 5, 16}};
    }

    @Test(dataProvider = "prices")
    public void discounts(int price, int percent, int expected) {
        assertEquals(price - price * percent / 100, expected);
    }

    @Test
    public void free() {
        assertEquals(0 - 0, 0);
    }

    @Test(invocationCount = 2)
    public void repeated() {}
}
