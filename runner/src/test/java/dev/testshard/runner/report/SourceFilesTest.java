package dev.testshard.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.snapshot.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

  @Test
  void findsTheTestSourceOfAClass() {
    SourceFiles sources =
        sources(
            "",
            "pom.xml",
            "src/test/java/com/acme/CartTest.java",
            "src/main/java/com/acme/Cart.java");

    assertThat(sources.apply("com.acme.CartTest"))
        .isEqualTo("src/test/java/com/acme/CartTest.java");
  }

  @Test
  void findsTheSourceInsideAModule() {
    SourceFiles sources = sources("", "services/api/src/test/java/com/acme/ApiTest.java");

    assertThat(sources.apply("com.acme.ApiTest"))
        .isEqualTo("services/api/src/test/java/com/acme/ApiTest.java");
  }

  @Test
  void findsTheSourceOfAClassInItsOwnModuleWhenTwoModulesHaveIt() {
    SourceFiles sources =
        new SourceFiles(
            new ProjectFiles(
                Path.of("/project"),
                List.of("a/src/test/java/x/SameTest.java", "b/src/test/java/x/SameTest.java"),
                ""),
            java.util.Map.of("a", "a", "b", "b"));

    assertThat(sources.of("b", "x.SameTest")).isEqualTo("b/src/test/java/x/SameTest.java");
    assertThat(sources.of("a", "x.SameTest")).isEqualTo("a/src/test/java/x/SameTest.java");
  }

  @Test
  void prefersTheTestSourceOverAMainSourceOfTheSameName() {
    SourceFiles sources =
        sources(
            "",
            "src/main/java/com/acme/Fixture.java",
            "src/test/java/com/acme/Fixture.java",
            "other/src/main/java/com/acme/Fixture.java");

    assertThat(sources.apply("com.acme.Fixture")).isEqualTo("src/test/java/com/acme/Fixture.java");
  }

  @Test
  void findsAKotlinSource() {
    SourceFiles sources = sources("", "src/test/kotlin/com/acme/CartTest.kt");

    assertThat(sources.apply("com.acme.CartTest"))
        .isEqualTo("src/test/kotlin/com/acme/CartTest.kt");
  }

  @Test
  void findsAClassOfTheDefaultPackage() {
    SourceFiles sources = sources("", "src/test/java/RootTest.java");

    assertThat(sources.apply("RootTest")).isEqualTo("src/test/java/RootTest.java");
  }

  @Test
  void putsTheProjectsPathInsideItsRepositoryInFront() {
    SourceFiles sources = sources("backend/", "src/test/java/com/acme/CartTest.java");

    assertThat(sources.apply("com.acme.CartTest"))
        .isEqualTo("backend/src/test/java/com/acme/CartTest.java");
  }

  @Test
  void knowsNothingOfAClassWithoutSource() {
    SourceFiles sources = sources("", "src/test/java/com/acme/CartTest.java");

    assertThat(sources.apply("com.acme.PayTest")).isNull();
    assertThat(sources.apply("org.other.CartTest")).isNull();
  }

  @Test
  void matchesOnlyWholePathSegments() {
    SourceFiles sources = sources("", "src/test/java/xa/Foo.java");

    assertThat(sources.apply("a.Foo")).isNull();
    assertThat(sources.apply("xa.Foo")).isEqualTo("src/test/java/xa/Foo.java");
  }

  private static SourceFiles sources(String repositoryPrefix, String... files) {
    return new SourceFiles(new ProjectFiles(Path.of("/project"), List.of(files), repositoryPrefix));
  }
}
