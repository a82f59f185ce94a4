package dev.testshard.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the parts of one class found in several input suites into one suite: test cases in the
 * order of the parts; time = sum of the parts' times (each part is wall time on its shard);
 * timestamp = the earliest; file = the first known; hostname and each property = the distinct
 * values joined by {@code ","} (a class split over shards names all of them).
 */
final class SuiteJoiner {

  private SuiteJoiner() {}

  static TestSuiteResult join(String name, List<TestSuiteResult> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<TestCaseResult> testCases = new ArrayList<>();
    Set<String> hostnames = new LinkedHashSet<>();
    Map<String, Set<String>> properties = new LinkedHashMap<>();
    Instant earliest = null;
    String file = null;
    double time = 0;
    for (TestSuiteResult part : parts) {
      testCases.addAll(part.testCases());
      if (part.hostname() != null) {
        hostnames.add(part.hostname());
      }
      part.properties()
          .forEach(
              (key, value) ->
                  properties.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value));
      if (part.timestamp() != null && (earliest == null || part.timestamp().isBefore(earliest))) {
        earliest = part.timestamp();
      }
      if (file == null) {
        file = part.file();
      }
      time += part.timeSeconds();
    }
    Map<String, String> joinedProperties = new LinkedHashMap<>();
    properties.forEach((key, values) -> joinedProperties.put(key, String.join(",", values)));
    String hostname = hostnames.isEmpty() ? null : String.join(",", hostnames);
    return new TestSuiteResult(name, hostname, earliest, time, file, joinedProperties, testCases);
  }
}
