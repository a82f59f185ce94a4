package dev.testshard.agent;

import dev.testshard.agent.protocol.TestStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What TestNG itself says of a test and that the TestNG engine for the JUnit Platform does not pass
 * on, told by {@link dev.testshard.agent.testng.SurefireNamingListener} (which the TestNG engine
 * registers in the test JVM) and read by {@link ResultListener}: the name Surefire's testng
 * provider gives an invoked test ({@code ITestResult.getName()}: an {@code ITest}'s own name,
 * {@code "m on <instance>"} for a class whose {@code toString} says which instance), and the
 * configuration methods that failed or were skipped, each of which that provider reports as a test
 * case of its own. Uses no TestNG type, so that it loads in a JVM without TestNG.
 *
 * <p>Thread-safe. TestNG tells the listener of an invoked test on the thread that invoked it, just
 * before the engine reports it finished on the same thread.
 */
public final class TestNgResults {

  /** The listener's class, which the TestNG engine loads by name. */
  public static final String LISTENER = "dev.testshard.agent.testng.SurefireNamingListener";

  /**
   * What Surefire's testng provider names a result by ({@link SurefireNames#testNgName}): TestNG's
   * name of it, its parameters as {@code Arrays.toString} writes them (null for none), and its
   * invocation's number as TestNG counts it when its test listeners hear of the end.
   */
  public record Named(String name, String parameters, int number) {

    /** A result named {@code name} with {@code parameters}, in its invocation {@code number}. */
    public static Named of(String name, Object[] parameters, int number) {
      return new Named(
          name,
          parameters == null || parameters.length == 0 ? null : Arrays.toString(parameters),
          number);
    }
  }

  /** A test method of {@code className} that TestNG has just invoked. */
  record Invoked(String className, String methodName, Named named) {}

  /** A configuration method that failed or was skipped, as Surefire reports it: a test case. */
  record Configuration(Named named, TestStatus status, Throwable throwable) {}

  private static final ThreadLocal<Invoked> INVOKED = new ThreadLocal<>();
  private static final Map<String, List<Configuration>> CONFIGURATIONS = new ConcurrentHashMap<>();
  private static final Set<Throwable> CONFIGURATION_THROWABLES =
      Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

  private static volatile Map<String, String> suiteParameters = Map.of();

  private TestNgResults() {}

  /**
   * The parameters of the module's TestNG suite files ({@code <parameter>}), which the listener
   * gives the suite the TestNG engine runs, as Surefire's testng provider runs those files.
   */
  static void suiteParameters(Map<String, String> parameters) {
    suiteParameters = Map.copyOf(parameters);
  }

  /** The suite files' parameters ({@link #suiteParameters(Map)}), empty for none. */
  public static Map<String, String> suiteParameters() {
    return suiteParameters;
  }

  /** A test method of {@code className} was invoked on this thread, its result {@code named}. */
  public static void invoked(String className, String methodName, Named named) {
    INVOKED.set(new Invoked(className, methodName, named));
  }

  /**
   * A throwable TestNG holds against a configuration method: its own, or the one the listener gave
   * a configuration skipped without one.
   */
  public static void configurationThrowable(Throwable throwable) {
    if (throwable != null) {
      CONFIGURATION_THROWABLES.add(throwable);
    }
  }

  /** Whether TestNG holds {@code throwable} against a configuration method. */
  static boolean isConfigurationThrowable(Throwable throwable) {
    return CONFIGURATION_THROWABLES.contains(throwable);
  }

  /** A configuration method of {@code className} failed ({@code skipped}: was skipped). */
  public static void configuration(
      String className, Named named, boolean skipped, Throwable throwable) {
    configurationThrowable(throwable);
    CONFIGURATIONS
        .computeIfAbsent(className, k -> new ArrayList<>())
        .add(new Configuration(named, skipped ? TestStatus.SKIPPED : TestStatus.FAILED, throwable));
  }

  /**
   * The test method of {@code className} that was invoked last on this thread, once: null when the
   * last one invoked was another or was already taken (a test that TestNG skipped without invoking
   * it).
   */
  static Invoked takeInvoked(String className, String methodName) {
    Invoked invoked = INVOKED.get();
    INVOKED.remove();
    if (invoked == null
        || !invoked.className().equals(className)
        || !invoked.methodName().equals(methodName)) {
      return null;
    }
    return invoked;
  }

  /** Every configuration method not taken yet, by class, once. */
  static Map<String, List<Configuration>> takeAllConfigurations() {
    Map<String, List<Configuration>> taken = new TreeMap<>();
    for (String className : List.copyOf(CONFIGURATIONS.keySet())) {
      List<Configuration> configurations = takeConfigurations(className);
      if (!configurations.isEmpty()) {
        taken.put(className, configurations);
      }
    }
    return taken;
  }

  /** The configuration methods of {@code className} that failed or were skipped, once. */
  static List<Configuration> takeConfigurations(String className) {
    List<Configuration> taken = CONFIGURATIONS.remove(className);
    if (taken == null) {
      return List.of();
    }
    synchronized (taken) {
      return List.copyOf(taken);
    }
  }
}
