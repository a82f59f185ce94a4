package com.example.testng;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * A {@code @BeforeClass} that fails by design: none of the tests runs, nor the {@code @AfterClass};
 * Surefire reports both configuration methods as test cases.
 */
public class DatabaseTest {

    @BeforeClass
    public void connect() {
        throw new IllegalStateException("no database here (fails on purpose)");
    }

    @AfterClass
    public void disconnect() {}

    @Test
    public void reads() {}

    @Test
    public void writes() {}
}
