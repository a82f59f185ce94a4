package dev.testshard.agent.selection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's effective Surefire test selection, as the runner writes it into the module's
 * descriptor directory (file {@code selection}; format in docs/protocol.md): UTF-8, one {@code key
 * value} a line, blank lines and lines starting with {@code #} ignored.
 *
 * <p>It answers what Surefire's JUnit Platform provider decides: which class files are test classes
 * ({@link #selectsClass}, Surefire's directory scan), which methods run ({@link #methodFilter},
 * Surefire's {@code TestMethodFilter}), tag expressions, engines and configuration parameters.
 * Immutable; pure (no JUnit types), so that discovery and execution read it alike.
 */
public final class SurefireSelection {

  private final TestPatterns classes;
  private final TestPatterns methods;
  private final List<String> groups;
  private final List<String> excludedGroups;
  private final List<String> includedEngines;
  private final List<String> excludedEngines;
  private final Map<String, String> configuration;
  private final String provider;
  private final String reportNameSuffix;
  private final boolean phrasedMethodNames;
  private final String pluginVersion;
  private final boolean reuseForks;
  private final Map<String, String> suiteParameters;

  private SurefireSelection(Builder builder) {
    classes = TestPatterns.of(builder.includes, builder.excludes);
    TestPatterns methodPatterns = builder.specificTests ? classes : fileLists(builder);
    methods = methodPatterns.hasMethodPatterns() ? methodPatterns : null;
    groups = builder.groups;
    excludedGroups = builder.excludedGroups;
    includedEngines = List.copyOf(builder.includedEngines);
    excludedEngines = List.copyOf(builder.excludedEngines);
    configuration = Map.copyOf(builder.configuration);
    provider = builder.provider;
    reportNameSuffix = builder.reportNameSuffix;
    phrasedMethodNames = builder.phrasedMethodNames;
    pluginVersion = builder.pluginVersion;
    reuseForks = builder.reuseForks;
    suiteParameters = Map.copyOf(builder.suiteParameters);
  }

  /**
   * Surefire filters methods by its {@code test} list, which without {@code -Dtest} holds only the
   * lines of {@code includesFile} and {@code excludesFile}, the one place outside {@code -Dtest}
   * where a method pattern may stand. The file does not say where a line came from, so: the include
   * lines count when one of them names a method, and of the exclude lines those that name one
   * (never the default {@code **}{@code /*$*}, which would drop every nested test).
   */
  private static TestPatterns fileLists(Builder builder) {
    boolean includesNameMethods = TestPatterns.of(builder.includes, List.of()).hasMethodPatterns();
    return TestPatterns.of(includesNameMethods ? builder.includes : List.of(), builder.excludes)
        .withoutClassExclusions();
  }

  /**
   * Reads a selection file.
   *
   * @throws IllegalArgumentException naming the file and line of an entry it cannot take
   */
  public static SurefireSelection read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      return parse(lines);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the file at {@code path}, or returns null when {@code path} is null. */
  public static SurefireSelection readIfGiven(String path) throws IOException {
    return path == null ? null : read(Path.of(path));
  }

  /** Parses the lines of a selection file. */
  public static SurefireSelection parse(List<String> lines) {
    Builder builder = new Builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        builder.add(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new SurefireSelection(builder);
  }

  /**
   * Whether Surefire would scan the class as a test class: its class file path matches the includes
   * and none of the excludes. Method patterns keep no class out here.
   *
   * @param binaryName e.g. {@code com.acme.FooTest$Inner}
   */
  public boolean selectsClass(String binaryName) {
    return classes.shouldRun(TestPatterns.classFile(binaryName), null);
  }

  /** The patterns that decide each test method, or null when Surefire filters no methods. */
  public TestPatterns methodFilter() {
    return methods;
  }

  /** Tag expressions of which a test must match one (Surefire {@code groups}); may be empty. */
  public List<String> groups() {
    return groups;
  }

  /** Tag expressions of which a test must match none (Surefire {@code excludedGroups}). */
  public List<String> excludedGroups() {
    return excludedGroups;
  }

  public List<String> includedEngines() {
    return includedEngines;
  }

  public List<String> excludedEngines() {
    return excludedEngines;
  }

  /** JUnit Platform configuration parameters. */
  public Map<String, String> configuration() {
    return configuration;
  }

  /**
   * The Surefire provider the execution runs with ({@code junit-platform}, {@code junit4}, ...), or
   * null when the file does not say. It decides how a JUnit 4 class skipped or aborted as a whole
   * is reported: the junit4 provider writes one entry for it, the junit-platform provider does not.
   */
  public String provider() {
    return provider;
  }

  /**
   * Surefire's {@code reportNameSuffix}, which its report appends to every classname in parentheses
   * ({@code com.acme.CartTest(default)}), or null for none.
   */
  public String reportNameSuffix() {
    return reportNameSuffix;
  }

  /**
   * Whether the module's XML reporter names test cases by their display names: Surefire's {@code
   * statelessTestsetReporter} with {@code usePhrasedTestCaseMethodName} ({@code
   * phrased-method-names true}).
   */
  public boolean phrasedMethodNames() {
    return phrasedMethodNames;
  }

  /** The version of the module's Surefire (or Failsafe), or null when the file does not say. */
  public String pluginVersion() {
    return pluginVersion;
  }

  /**
   * Whether one JVM runs many test classes: Surefire's {@code reuseForks}, true unless the file
   * says {@code reuse-forks false}, when each class runs in a JVM of its own.
   */
  public boolean reuseForks() {
    return reuseForks;
  }

  /** The parameters of the module's TestNG suite files ({@code suite-parameter name=value}). */
  public Map<String, String> suiteParameters() {
    return suiteParameters;
  }

  private static final class Builder {
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    final Set<String> includedEngines = new LinkedHashSet<>();
    final Set<String> excludedEngines = new LinkedHashSet<>();
    final Map<String, String> configuration = new LinkedHashMap<>();
    final Map<String, String> suiteParameters = new LinkedHashMap<>();
    final Set<String> seen = new LinkedHashSet<>();
    boolean specificTests;
    List<String> groups = List.of();
    List<String> excludedGroups = List.of();
    String provider;
    String reportNameSuffix;
    boolean phrasedMethodNames;
    String pluginVersion;
    boolean reuseForks = true;

    void add(String line) {
      int space = 0;
      while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
        space++;
      }
      String key = line.substring(0, space);
      String value = line.substring(space).strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("'" + key + "' needs a value");
      }
      switch (key) {
        // Pattern lines are parsed alone first, so that an error names its line.
        case "include" -> {
          TestPatterns.of(List.of(value), List.of());
          includes.add(value);
        }
        case "exclude" -> {
          TestPatterns.of(List.of(), List.of(value));
          excludes.add(value);
        }
        case "specific-tests" -> specificTests = booleanOnce(key, value);
        case "groups" -> groups = once(key, commaList(value));
        case "excluded-groups" -> excludedGroups = once(key, commaList(value));
        case "include-engine" -> includedEngines.addAll(commaList(value));
        case "exclude-engine" -> excludedEngines.addAll(commaList(value));
        case "provider" -> provider = once(key, value);
        case "report-name-suffix" -> reportNameSuffix = once(key, value);
        case "phrased-method-names" -> phrasedMethodNames = booleanOnce(key, value);
        case "plugin-version" -> pluginVersion = once(key, value);
        case "reuse-forks" -> reuseForks = booleanOnce(key, value);
        case "config", "suite-parameter" -> {
          int equals = value.indexOf('=');
          String name = equals < 0 ? "" : value.substring(0, equals).strip();
          if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' takes key=value: " + value);
          }
          (key.equals("config") ? configuration : suiteParameters)
              .put(name, value.substring(equals + 1).strip());
        }
        default -> throw new IllegalArgumentException("unknown key '" + key + "'");
      }
    }

    private boolean booleanOnce(String key, String value) {
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException("'" + key + "' is true or false, not " + value);
      }
      return once(key, Boolean.parseBoolean(value));
    }

    private <T> T once(String key, T value) {
      if (!seen.add(key)) {
        throw new IllegalArgumentException("'" + key + "' may appear only once");
      }
      return value;
    }

    /** Surefire's provider splits these lists at commas: "a, b" is two tag expressions. */
    private static List<String> commaList(String value) {
      List<String> items = new ArrayList<>();
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return List.copyOf(items);
    }
  }
}
