package dev.testshard.agent.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.maven.surefire.api.testset.TestListResolver;
import org.junit.jupiter.api.Test;

/**
 * Asks {@link TestPatterns} and Surefire's own {@code TestListResolver} (surefire-api 3.5.4) the
 * same questions on many generated pattern lists, class files and method names, and expects the
 * same answers, errors included.
 */
class SurefireAgreementTest {

  private static final String[] CLASS_PATTERNS = {
    "**",
    "*",
    "Foo",
    "Foo*",
    "*Test",
    "?oo",
    "com",
    "acme",
    "com.acme.Foo",
    "Foo.java",
    "Foo.class",
    "Foo$Inner",
    "*$*",
    "Foo.*",
    "com.acme.*",
    "**/*Test.java",
    "F*o",
    "",
    "%regex[.*Foo.*]",
    "%regex[com/acme/.*\\.class]",
    "%regex[.*Test.class#alp.*]",
    "%regex[x]"
  };
  private static final String[] METHOD_PATTERNS = {
    "alpha", "alp*", "a?pha", "*", "beta+alpha", "test[*]", "%regex[a.*]", "", "**", "alpha+"
  };
  private static final String[] CLASS_FILES = {
    "com/acme/Foo.class", "com/acme/FooTest.class", "com/acme/Foo$Inner.class", "Foo.class",
    "com/acme/x/FooTest.class", "com/acme/abc.class", "com/acme/Fooo.class",
        "com/acme/TestFoo.class"
  };
  private static final String[] METHODS = {null, "alpha", "alphaBeta", "beta", "test[0]", "xalpha"};

  @Test
  void answersAsSurefireOnGeneratedPatternLists() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      List<String> includes = new ArrayList<>();
      for (int n = random.nextInt(3); n > 0; n--) {
        includes.add(entry(random, true));
      }
      List<String> excludes = new ArrayList<>();
      for (int n = random.nextInt(2); n > 0; n--) {
        excludes.add(entry(random, false));
      }
      String classFile = CLASS_FILES[random.nextInt(CLASS_FILES.length)];
      String method = METHODS[random.nextInt(METHODS.length)];

      assertThat(ours(includes, excludes, classFile, method))
          .as("%s, excludes %s, on %s#%s", includes, excludes, classFile, method)
          .isEqualTo(surefires(includes, excludes, classFile, method));
    }
  }

  @Test
  void answersAsSurefireOnGeneratedAntPaths() {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      String include = text(random, "ab*?/.$", 8).replace("//", "/**/");
      if (random.nextInt(3) == 0) {
        include += "#" + text(random, "ab*?+", 5);
      }
      if (random.nextInt(5) == 0) {
        include = "!" + include;
      }
      List<String> excludes =
          random.nextInt(3) == 0 ? List.of(text(random, "ab*?/.$", 6) + "x") : List.of();
      String classFile =
          (text(random, "ab/", 5) + text(random, "ab$", 3) + ".class")
              .replaceAll("/+", "/")
              .replaceAll("^/", "");
      String method = random.nextInt(3) == 0 ? null : text(random, "ab", 4);

      assertThat(ours(List.of(include), excludes, classFile, method))
          .as("%s, excludes %s, on %s#%s", include, excludes, classFile, method)
          .isEqualTo(surefires(List.of(include), excludes, classFile, method));
    }
  }

  /** Surefire's answer: whether it runs, whether it filters methods, or that it refuses. */
  private static String surefires(
      List<String> includes, List<String> excludes, String classFile, String method) {
    try {
      TestListResolver resolver = new TestListResolver(includes, excludes);
      return resolver.shouldRun(classFile, method) + " " + resolver.hasMethodPatterns();
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }

  private static String ours(
      List<String> includes, List<String> excludes, String classFile, String method) {
    try {
      TestPatterns patterns = TestPatterns.of(includes, excludes);
      return patterns.shouldRun(classFile, method) + " " + patterns.hasMethodPatterns();
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }

  private static String entry(Random random, boolean include) {
    StringBuilder entry = new StringBuilder();
    for (int item = 0; item <= random.nextInt(2); item++) {
      // Surefire turns an exclude "a, b" into "!a,! b", and then refuses "! %regex[...]"; the
      // selection file's excludes are read without that slip, so the oracle gets no blank here.
      entry.append(item == 0 ? "" : include ? ", " : ",");
      if (include && random.nextInt(4) == 0) {
        entry.append('!');
      }
      String classPattern = CLASS_PATTERNS[random.nextInt(CLASS_PATTERNS.length)];
      if (random.nextBoolean() && !classPattern.startsWith("%")) {
        classPattern = CLASS_PATTERNS[random.nextInt(6)] + "/" + classPattern;
      }
      entry.append(classPattern);
      if (!classPattern.startsWith("%") && random.nextInt(3) == 0) {
        entry.append('#').append(METHOD_PATTERNS[random.nextInt(METHOD_PATTERNS.length)]);
      }
    }
    return entry.toString();
  }

  private static String text(Random random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
