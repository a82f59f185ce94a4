package dev.testshard.agent.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style path patterns as Maven's directory scanning matches them (maven-shared-utils {@code
 * SelectorUtils}): a segment {@code **} stands for any number of whole path segments, {@code *} for
 * any characters within one segment and {@code ?} for exactly one. Segments are separated by {@code
 * /}; empty segments do not count. Case-sensitive.
 */
final class AntPath {

  private AntPath() {}

  /** Whether {@code path} matches {@code pattern}. */
  static boolean matches(String pattern, String path) {
    return matchesFrom(segments(pattern), 0, segments(path), 0);
  }

  private static boolean matchesFrom(List<String> pattern, int p, List<String> path, int s) {
    for (; p < pattern.size(); p++, s++) {
      String segment = pattern.get(p);
      if (segment.equals("**")) {
        for (int next = s; next <= path.size(); next++) {
          if (matchesFrom(pattern, p + 1, path, next)) {
            return true;
          }
        }
        return false;
      }
      if (s == path.size() || !matchesName(segment, path.get(s))) {
        return false;
      }
    }
    return s == path.size();
  }

  /** Whether one path segment matches a pattern of {@code *} and {@code ?} wildcards. */
  static boolean matchesName(String pattern, String name) {
    int p = 0;
    int n = 0;
    // Where the last '*' was seen, and how much of the name it had taken then: on a mismatch it
    // takes one character more.
    int star = -1;
    int starTaken = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        starTaken = n;
      } else if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == name.charAt(n))) {
        p++;
        n++;
      } else if (star >= 0) {
        p = star + 1;
        n = ++starTaken;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
