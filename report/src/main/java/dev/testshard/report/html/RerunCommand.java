package dev.testshard.report.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shell command that re-runs chosen tests with testshard: the words of the original run that
 * decide what is built and where (Maven arguments, ...), plus {@code --test} with Surefire test
 * patterns ({@code -Dtest} semantics) naming exactly those classes or methods: fully qualified
 * class names ({@code com.acme.CartTest}) and {@code Class#method}. The command is meant to be
 * started in the project directory, so it holds no path of the machine that ran the tests.
 *
 * @param prefix the command up to {@code --test}, already quoted for a POSIX shell, e.g. {@code
 *     testshard run --failsafe}
 * @param note where to run it, shown next to the command, or null
 */
public record RerunCommand(String prefix, String note) {

  private static final Pattern METHOD = Pattern.compile("\\p{javaJavaIdentifierStart}[\\w$]*");
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

  public RerunCommand {
    Objects.requireNonNull(prefix, "prefix");
  }

  /** A command from unquoted words, each quoted for a POSIX shell where needed. */
  public static RerunCommand of(List<String> words, String note) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(shellQuote(word));
    }
    return new RerunCommand(String.join(" ", quoted), note);
  }

  /** {@code testshard run}, to be started in the project directory (for merged reports). */
  public static RerunCommand inProjectDirectory() {
    return new RerunCommand("testshard run", "run it in the project directory");
  }

  /** The whole command for the given top-level classes (duplicates are ignored). */
  public String forClasses(Collection<String> classNames) {
    if (classNames.isEmpty()) {
      throw new IllegalArgumentException("no classes to re-run");
    }
    return prefix + " --test " + shellQuote(String.join(",", new LinkedHashSet<>(classNames)));
  }

  /**
   * The whole command for one test: {@code --test Class#method}, or the whole class when the test's
   * name is no method Surefire's filter could match (a class-level entry, JUnit 4's {@code
   * initializationError}, a dynamic test, or null for a test of a nested class); a parameterized
   * invocation ({@code adds(int)[2]}) re-runs its method.
   */
  public String forTest(String className, String testName) {
    String method = testName == null ? "" : testName.split("[(\\[]", 2)[0].strip();
    if (!METHOD.matcher(method).matches() || method.equals("initializationError")) {
      return forClasses(List.of(className));
    }
    return prefix + " --test " + shellQuote(className + "#" + method);
  }

  /** The word as a POSIX shell reads it back: as is when plain, else in single quotes. */
  static String shellQuote(String word) {
    if (!word.isEmpty() && PLAIN_WORD.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
