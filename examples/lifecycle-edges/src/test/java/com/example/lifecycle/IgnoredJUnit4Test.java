package com.example.lifecycle;

import org.junit.Ignore;
import org.junit.Test;

/**
 * A JUnit 4 class {@code @Ignore}d as a whole, through Vintage: Surefire's junit-platform provider
 * writes each test as skipped (its junit4 provider would write one entry for the class).
 */
@Ignore("switched off on purpose")
public class IgnoredJUnit4Test {
    @Test
    public void one() {}

    @Test
    public void two() {}
}
