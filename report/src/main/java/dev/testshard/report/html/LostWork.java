package dev.testshard.report.html;

import dev.testshard.report.TestCaseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tests that never reported, grouped by shard and cause: a crashed shard of 500 tests is one entry
 * with one cause, not 500 identical failures that would hide the real ones. Memory is bounded by
 * the number of groups, not of tests. Not thread-safe.
 */
final class LostWork {

  /** Test names listed per group; the rest are only counted. */
  static final int NAMES_PER_GROUP = 100;

  /** Classes up to which a group gets a command that re-runs them. */
  static final int CLASSES_PER_COMMAND = 50;

  /**
   * One group as the page shows it.
   *
   * @param classes distinct top-level classes, counted up to {@link #CLASSES_PER_COMMAND} + 1
   * @param tests the first {@link #NAMES_PER_GROUP} lost tests, as {@code Class › test}
   * @param command re-runs the group's classes, or null when there are too many
   */
  record Group(
      String shard, String message, int count, int classes, List<String> tests, String command) {}

  private static final class Building {
    final int index;
    final String shard;
    final String message;
    final Set<String> classes = new LinkedHashSet<>();
    final List<String> tests = new ArrayList<>();
    int count;

    Building(int index, String shard, String message) {
      this.index = index;
      this.shard = shard;
      this.message = message;
    }
  }

  private final Map<String, Building> groups = new LinkedHashMap<>();

  /**
   * Adds a lost test of top-level class {@code suiteName}.
   *
   * @return the index of its group
   */
  int add(String suiteName, String shard, TestCaseResult testCase, String displayName) {
    String message = testCase.problem().message();
    String key = shard + "\n" + message;
    Building group = groups.computeIfAbsent(key, k -> new Building(groups.size(), shard, message));
    group.count++;
    if (group.classes.size() <= CLASSES_PER_COMMAND) {
      group.classes.add(suiteName);
    }
    if (group.tests.size() < NAMES_PER_GROUP) {
      group.tests.add(suiteName + " › " + displayName);
    }
    return group.index;
  }

  List<Group> groups(RerunCommand rerun) {
    List<Group> result = new ArrayList<>();
    for (Building group : groups.values()) {
      boolean few = group.classes.size() <= CLASSES_PER_COMMAND;
      result.add(
          new Group(
              group.shard,
              group.message,
              group.count,
              group.classes.size(),
              List.copyOf(group.tests),
              few ? rerun.forClasses(group.classes) : null));
    }
    return result;
  }
}
