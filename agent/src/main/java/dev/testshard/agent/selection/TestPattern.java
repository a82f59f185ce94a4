package dev.testshard.agent.selection;

import java.util.regex.Pattern;

/**
 * One entry of a Surefire test list after parsing: a pattern on class files, on method names, or on
 * both (Surefire's {@code ResolvedTest}). Class files are paths such as {@code
 * com/acme/FooTest.class} (a nested class is {@code com/acme/FooTest$Inner.class}); methods are
 * plain names without parameters.
 *
 * <p>An ant-style class pattern is first brought to a path: {@code .java} becomes {@code .class}, a
 * dotted name becomes a path ({@code com.acme.Foo} → {@code com/acme/Foo}), and {@code **}{@code /}
 * goes in front unless it is there already. Without {@code .class} or {@code .*} at its end it
 * matches with or without {@code .class}. A regular expression must match the whole class file path
 * or the whole method name.
 */
final class TestPattern {

  private static final String ANY_DIRECTORY = "**/";

  private final String classGlob;
  private final Pattern classRegex;
  private final String methodGlob;
  private final Pattern methodRegex;

  private TestPattern(
      String classGlob, Pattern classRegex, String methodGlob, Pattern methodRegex) {
    this.classGlob = classGlob;
    this.classRegex = classRegex;
    this.methodGlob = methodGlob;
    this.methodRegex = methodRegex;
  }

  /** Ant-style patterns; either part may be null or blank for none. */
  static TestPattern glob(String classPart, String methodPart) {
    String classPattern = blankToNull(classPart);
    return new TestPattern(
        classPattern == null ? null : classFileGlob(classPattern),
        null,
        blankToNull(methodPart),
        null);
  }

  /** Regular expressions; either part may be null or blank for none. */
  static TestPattern regex(String classPart, String methodPart) {
    return new TestPattern(null, compile(classPart), null, compile(methodPart));
  }

  boolean isEmpty() {
    return !hasClassPattern() && !hasMethodPattern();
  }

  boolean hasMethodPattern() {
    return methodGlob != null || methodRegex != null;
  }

  private boolean hasClassPattern() {
    return classGlob != null || classRegex != null;
  }

  /**
   * As an inclusion: a class-level question ({@code method} null) is answered for the class part
   * alone, and a pattern with a class part lets every class pass when no class is asked about.
   */
  boolean includes(String classFile, String method) {
    classFile = blankToNull(classFile);
    method = blankToNull(method);
    return isEmpty() || (classFile == null && hasClassPattern()) || matches(classFile, method);
  }

  /**
   * As an exclusion: only when the question has the parts the pattern speaks of, so that {@code
   * !#method} never drops a whole class and {@code !Foo#method} drops only that method.
   */
  boolean excludes(String classFile, String method) {
    classFile = blankToNull(classFile);
    method = blankToNull(method);
    boolean applies =
        (classFile == null && method != null && !hasClassPattern() && hasMethodPattern())
            || (classFile != null && method == null && hasClassPattern() && !hasMethodPattern())
            || (classFile != null && method != null && !isEmpty());
    return applies && matches(classFile, method);
  }

  private boolean matches(String classFile, String method) {
    return (!hasClassPattern() || matchesClass(classFile))
        && (!hasMethodPattern() || method == null || matchesMethod(method));
  }

  private boolean matchesClass(String classFile) {
    if (classRegex != null) {
      return classRegex.matcher(classFile).matches();
    }
    if (classGlob.endsWith(".*") || classGlob.endsWith(".class")) {
      return AntPath.matches(classGlob, classFile);
    }
    return AntPath.matches(classGlob + ".class", classFile)
        || AntPath.matches(classGlob, classFile);
  }

  private boolean matchesMethod(String method) {
    if (methodRegex != null) {
      return methodRegex.matcher(method).matches();
    }
    String pattern = methodGlob;
    // maven-shared-utils SelectorUtils.matchPath: an %ant[...] wrapper is dropped, and a pattern
    // that starts with the separator matches only a name that does too.
    if (pattern.length() > "%ant[]".length() + 1
        && pattern.startsWith("%ant[")
        && pattern.endsWith("]")) {
      pattern = pattern.substring("%ant[".length(), pattern.length() - 1);
    }
    return pattern.startsWith("/") == method.startsWith("/") && AntPath.matches(pattern, method);
  }

  /** Surefire's ResolvedTest.reformatClassPattern: the class pattern as a class file glob. */
  static String classFileGlob(String pattern) {
    String path = pattern;
    if (path.endsWith(".java")) {
      path = path.substring(0, path.length() - ".java".length()) + ".class";
    }
    if (path.endsWith(".class")) {
      path = path.substring(0, path.length() - ".class".length()).replace('.', '/') + ".class";
    } else if (!path.contains("/")) {
      if (!path.endsWith(".*")) {
        path = path.replace('.', '/');
      } else {
        String stem = path.substring(0, path.length() - ".*".length());
        if (stem.contains(".")) {
          path = stem.replace('.', '/') + ".*";
        }
      }
    }
    return path.startsWith(ANY_DIRECTORY) ? path : ANY_DIRECTORY + path;
  }

  private static Pattern compile(String regex) {
    String value = blankToNull(regex);
    if (value == null) {
      return null;
    }
    if (value.contains("#")) {
      throw new IllegalArgumentException(
          "a %regex[] pattern takes at most one '#' (between class and method): " + value);
    }
    return Pattern.compile(value);
  }

  private static String blankToNull(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
