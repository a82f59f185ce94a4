package com.example.testng;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * A {@code @BeforeMethod} that fails on its second call, by design: TestNG skips the test it was
 * preparing and the one that depends on it, and Surefire reports {@code openSession} as a failed
 * test case.
 */
public class SessionSetupTest {

    private int sessions;

    @BeforeMethod
    public void openSession() {
        sessions++;
        if (sessions == 2) {
            throw new IllegalStateException("the session store refused a second session");
        }
    }

    @Test
    public void first() {}

    @Test(dependsOnMethods = "first")
    public void second() {}

    @Test(dependsOnMethods = "second")
    public void third() {}
}
