package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain JUnit 4 project, without any JUnit Platform dependency, which Surefire runs through its
 * junit4 provider: testshard runs it through the Vintage engine its Maven plugin adds, with the
 * same test cases under the same names (examples/junit4 without its Vintage dependency; the junit4
 * provider gives the names in its expected-surefire-tests.txt).
 */
class JUnit4ProviderIT {

  @TempDir Path temp;

  @Test
  void aJUnit4OnlyProjectRunsAsSurefiresJUnit4ProviderRunsIt() throws Exception {
    Path project = Examples.copy("junit4", temp.resolve("junit4"));
    Path pom = project.resolve("pom.xml");
    String withoutVintage =
        Files.readString(pom)
            .replaceAll(
                "(?s)\\s*<dependency>\\s*<groupId>org\\.junit\\.vintage</groupId>.*?</dependency>",
                "");
    assertThat(withoutVintage)
        .doesNotContain("vintage</groupId>")
        .contains("<artifactId>junit</artifactId>");
    Files.writeString(pom, withoutVintage);

    Cli.Result result = Cli.run("run", "--project", project.toString(), "--parallel", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> cases =
        Examples.casesOf(List.of(project.resolve("target/testshard/TEST-testshard.xml")));
    assertThat(cases).containsExactlyElementsOf(Examples.expectedTests("junit4").orElseThrow());
  }
}
