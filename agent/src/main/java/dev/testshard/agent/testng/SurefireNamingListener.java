package dev.testshard.agent.testng;

import dev.testshard.agent.TestNgResults;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.testng.IAlterSuiteListener;
import org.testng.IConfigurationListener;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestResult;
import org.testng.SkipException;
import org.testng.xml.XmlSuite;

/**
 * Tells {@link TestNgResults} what the TestNG engine does not pass on to the JUnit Platform: the
 * name Surefire's testng provider gives each invoked test, read from TestNG's result as that
 * provider reads it, and every configuration method that failed or was skipped. The agent has the
 * TestNG engine register it (its {@code testng.listeners} parameter); TestNG loads it only when the
 * project has TestNG.
 */
public final class SurefireNamingListener
    implements IInvokedMethodListener, IConfigurationListener, IAlterSuiteListener {

  /**
   * Gives the suite the TestNG engine made of the shard's classes the parameters of the module's
   * suite files, which {@code @Parameters} methods read, as Surefire's testng provider runs those
   * files themselves.
   */
  @Override
  public void alter(List<XmlSuite> suites) {
    Map<String, String> parameters = TestNgResults.suiteParameters();
    if (parameters.isEmpty()) {
      return;
    }
    for (XmlSuite suite : suites) {
      Map<String, String> all = new HashMap<>(parameters);
      all.putAll(suite.getParameters());
      suite.setParameters(all);
    }
  }

  @Override
  public void beforeInvocation(IInvokedMethod method, ITestResult result) {}

  @Override
  public void afterInvocation(IInvokedMethod method, ITestResult result) {
    if (method.isTestMethod()) {
      // TestNG counts the invocation after its invoked-method listeners, before its test listeners
      // (where Surefire reads the count).
      TestNgResults.invoked(
          result.getTestClass().getName(),
          result.getMethod().getMethodName(),
          TestNgResults.Named.of(
              result.getName(),
              result.getParameters(),
              result.getMethod().getCurrentInvocationCount() + 1));
    }
  }

  @Override
  public void onConfigurationSuccess(ITestResult result) {}

  @Override
  public void onConfigurationFailure(ITestResult result) {
    TestNgResults.configuration(
        result.getTestClass().getName(), named(result), false, result.getThrowable());
  }

  @Override
  public void onConfigurationSkip(ITestResult result) {
    TestNgResults.configuration(
        result.getTestClass().getName(), named(result), true, result.getThrowable());
    if (result.getThrowable() == null) {
      // The TestNG engine (1.0.5) chains the throwables of the configuration results it holds
      // against the engine, and fails with a NoSuchElementException when none has one: an
      // AfterClass skipped after its class ended, for one.
      SkipException skip =
          new SkipException(
              "skipped: " + result.getName() + " depends on a configuration method that failed");
      result.setThrowable(skip);
      TestNgResults.configurationThrowable(skip);
    }
  }

  /** A configuration method's result, its invocation counted as Surefire reads it: already. */
  private static TestNgResults.Named named(ITestResult result) {
    return TestNgResults.Named.of(
        result.getName(), result.getParameters(), result.getMethod().getCurrentInvocationCount());
  }
}
