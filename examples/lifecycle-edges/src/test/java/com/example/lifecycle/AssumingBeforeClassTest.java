package com.example.lifecycle;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * JUnit 4 through Vintage, an assumption failing in {@code @BeforeClass}: Surefire's junit-platform
 * provider writes no test case (its junit4 provider would write one skipped entry).
 */
public class AssumingBeforeClassTest {
    @BeforeClass
    public static void needsDatabase() {
        Assume.assumeTrue("no database here", false);
    }

    @Test
    public void one() {}

    @Test
    public void two() {}
}
