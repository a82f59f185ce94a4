package dev.testshard.agent.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * A Surefire test list: inclusions and exclusions as Surefire reads its {@code test}, {@code
 * includes} and {@code excludes} parameters (its {@code TestListResolver}). Each entry may hold
 * several patterns separated by commas; in an inclusion, a pattern that starts with {@code !}
 * excludes. A pattern is a class pattern ({@code **}{@code /*Test.java}, {@code Foo}, {@code
 * com.acme.Foo}, {@code com/acme/**}{@code /*IT}), optionally followed by {@code #} and method
 * patterns separated by {@code +}, or {@code %regex[classRegex#methodRegex]} with either part
 * optional. See {@link TestPattern} for how one pattern matches.
 *
 * <p>Immutable and thread-safe.
 */
public final class TestPatterns {

  private static final String REGEX_PREFIX = "%regex[";
  private static final String REGEX_SUFFIX = "]";

  private final List<TestPattern> inclusions;
  private final List<TestPattern> exclusions;

  private TestPatterns(List<TestPattern> inclusions, List<TestPattern> exclusions) {
    this.inclusions = List.copyOf(inclusions);
    this.exclusions = List.copyOf(exclusions);
  }

  /**
   * Parses include and exclude entries.
   *
   * @throws IllegalArgumentException for a malformed {@code %regex[]}, an invalid regular
   *     expression, or a {@code !} in an exclude entry (as Surefire does)
   */
  public static TestPatterns of(List<String> includeEntries, List<String> excludeEntries) {
    List<TestPattern> inclusions = new ArrayList<>();
    List<TestPattern> exclusions = new ArrayList<>();
    for (String entry : includeEntries) {
      for (String item : items(entry)) {
        boolean negated = item.startsWith("!");
        resolve(negated ? item.substring(1) : item, negated ? exclusions : inclusions);
      }
    }
    for (String entry : excludeEntries) {
      if (entry.contains("!")) {
        throw new IllegalArgumentException("exclamation mark not expected in an exclude: " + entry);
      }
      for (String item : items(entry)) {
        resolve(item, exclusions);
      }
    }
    return new TestPatterns(inclusions, exclusions);
  }

  /** The class file path Surefire matches a class by: {@code com/acme/Foo$Inner.class}. */
  public static String classFile(String binaryClassName) {
    return binaryClassName.replace('.', '/') + ".class";
  }

  /**
   * Whether the class file, or the method of the class file, is to run. A null {@code method} asks
   * about the class as a whole (which classes Surefire scans), and then method patterns do not keep
   * a class out. Without any pattern, everything runs.
   */
  public boolean shouldRun(String classFile, String method) {
    boolean noClass = classFile == null || classFile.isBlank();
    boolean noMethod = method == null || method.isBlank();
    if ((inclusions.isEmpty() && exclusions.isEmpty()) || (noClass && noMethod)) {
      return true;
    }
    boolean included =
        inclusions.isEmpty()
            || inclusions.stream().anyMatch(pattern -> pattern.includes(classFile, method));
    return included
        && exclusions.stream().noneMatch(pattern -> pattern.excludes(classFile, method));
  }

  /** Whether any pattern names methods; only then does Surefire filter methods. */
  public boolean hasMethodPatterns() {
    return inclusions.stream().anyMatch(TestPattern::hasMethodPattern)
        || exclusions.stream().anyMatch(TestPattern::hasMethodPattern);
  }

  /** The same list without the exclusions that name no method. */
  public TestPatterns withoutClassExclusions() {
    return new TestPatterns(
        inclusions, exclusions.stream().filter(TestPattern::hasMethodPattern).toList());
  }

  /** Comma-separated items, trimmed; empty ones and a lone "!" are dropped. */
  private static List<String> items(String entry) {
    List<String> items = new ArrayList<>();
    for (String item : entry.split(",")) {
      String trimmed = item.trim();
      if (!trimmed.isEmpty() && !trimmed.equals("!")) {
        items.add(trimmed);
      }
    }
    return items;
  }

  private static void resolve(String item, List<TestPattern> into) {
    TestPattern pattern;
    if (item.contains(REGEX_PREFIX)) {
      String regex = unwrapRegex(item);
      int hash = regex.indexOf('#');
      pattern =
          hash < 0
              ? TestPattern.regex(regex, null)
              : TestPattern.regex(regex.substring(0, hash), regex.substring(hash + 1));
      add(pattern, into);
      return;
    }
    int hash = item.indexOf('#');
    if (hash < 0) {
      add(TestPattern.glob(item, null), into);
      return;
    }
    String classPart = item.substring(0, hash);
    // Empty names between '+' are dropped (Surefire splits with a tokenizer); "Foo#" adds nothing.
    for (String method : item.substring(hash + 1).split("\\+")) {
      if (!method.isEmpty()) {
        add(TestPattern.glob(classPart, method), into);
      }
    }
  }

  private static void add(TestPattern pattern, List<TestPattern> into) {
    if (!pattern.isEmpty()) {
      into.add(pattern);
    }
  }

  /** The inside of {@code %regex[...]}, which must be the whole item and hold two characters. */
  private static String unwrapRegex(String item) {
    boolean wellFormed =
        item.startsWith(REGEX_PREFIX)
            && item.endsWith(REGEX_SUFFIX)
            && item.length() > REGEX_PREFIX.length() + REGEX_SUFFIX.length() + 1
            && item.indexOf(REGEX_PREFIX, REGEX_PREFIX.length()) < 0;
    if (!wellFormed) {
      throw new IllegalArgumentException(
          "illegal test pattern '"
              + item
              + "': expected %regex[class#method] or !%regex[class#method], class or #method"
              + " optional");
    }
    return item.substring(REGEX_PREFIX.length(), item.length() - REGEX_SUFFIX.length()).trim();
  }
}
