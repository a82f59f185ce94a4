package com.example.testng;

import java.lang.reflect.Method;
import org.testng.ITest;
import org.testng.SkipException;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Tests that name themselves ({@link ITest}), one per scenario; one scenario throws what is no
 * assertion by design (a failure, not an error, for Surefire's testng provider), one skips itself.
 */
public class ScenarioTest implements ITest {

    private final ThreadLocal<String> name = new ThreadLocal<>();

    @BeforeMethod
    public void name(Method method, Object[] parameters) {
        name.set(parameters.length > 0 ? "scenario " + parameters[0] : method.getName());
    }

    @Override
    public String getTestName() {
        return name.get();
    }

    @DataProvider
    public Object[][] scenarios() {
        return new Object[][] {{"checkout"}, {"refund"}, {"outage"}, {"holiday"}};
    }

    @Test(dataProvider = "scenarios")
    public void runs(String scenario) {
        if (scenario.equals("outage")) {
            throw new IllegalStateException("the payment provider is down (fails on purpose)");
        }
        if (scenario.equals("holiday")) {
            throw new SkipException("no holiday scenario today");
        }
    }
}
