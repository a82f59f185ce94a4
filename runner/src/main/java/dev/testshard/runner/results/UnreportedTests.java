package dev.testshard.runner.results;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.report.Outcome;
import dev.testshard.report.Problem;
import dev.testshard.report.TestCaseResult;
import dev.testshard.runner.plan.DiscoveredClass;
import java.util.List;
import java.util.Set;

/**
 * Stand-ins for the planned tests of a class that never reported (lost, failed to load, never
 * started): one test case each, so the report still lists them. Pure.
 */
final class UnreportedTests {

  private UnreportedTests() {}

  /**
   * Adds to {@code cases} a case with {@code outcome} and {@code problem} for each planned test of
   * {@code planned} whose {@link ShardResult#key} {@code reported} does not hold (and adds the
   * key). A class with no such planned test and no case at all (its tests are known only when it
   * runs: parameterized, dynamic) gets one case that stands for the class as a whole, named as
   * Maven Surefire names one.
   *
   * @param classHasCases whether the class already has test cases of its own
   */
  static void addStandIns(
      DiscoveredClass planned,
      Set<String> reported,
      boolean classHasCases,
      List<TestCaseResult> cases,
      Outcome outcome,
      Problem problem) {
    boolean any = false;
    for (DiscoveredClass.PlannedTest test : planned.tests()) {
      if (reported.add(ShardResult.key(test.className(), test.name()))) {
        cases.add(standIn(test.className(), test.name(), outcome, problem));
        any = true;
      }
    }
    if (!any && !classHasCases) {
      cases.add(standIn(planned.className(), Protocol.CLASS_ENTRY_NAME, outcome, problem));
    }
  }

  private static TestCaseResult standIn(
      String className, String name, Outcome outcome, Problem problem) {
    return new TestCaseResult(className, name, 0, outcome, problem, null, null);
  }
}
