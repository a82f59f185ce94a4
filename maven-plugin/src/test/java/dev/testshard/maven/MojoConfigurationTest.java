package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MojoConfigurationTest {
  @Test
  void aValueThatEvaluatesToNothingFallsBackToTheDefaultValue() {
    MojoConfiguration config =
        Configurations.of(
            "<skipTests default-value=\"false\">${skipTests}</skipTests>"
                + "<forkCount default-value=\"1\">${forkCount}</forkCount>",
            Map.of("forkCount", "2C"));

    assertThat(config.bool("skipTests", true)).isFalse();
    assertThat(config.string("forkCount")).isEqualTo("2C");
  }

  @Test
  void aParameterThePluginDoesNotHaveReadsAsAbsent() {
    MojoConfiguration config = Configurations.of("");

    assertThat(config.has("includeJUnit5Engines")).isFalse();
    assertThat(config.string("argLine")).isNull();
    assertThat(config.list("includeJUnit5Engines")).isEmpty();
    assertThat(config.integer("rerunFailingTestsCount", 0)).isZero();
  }

  @Test
  void aListTakesChildElementsOrACommaSeparatedStringKeepingEmptyTokens() {
    MojoConfiguration config =
        Configurations.of(
            "<includes><include>**/*Spec.java</include><include>${extra}</include></includes>"
                + "<classpathDependencyExcludes>${excludes}</classpathDependencyExcludes>",
            Map.of("extra", "**/*Check.java", "excludes", "a:b,,c:d"));

    assertThat(config.list("includes")).containsExactly("**/*Spec.java", "**/*Check.java");
    assertThat(config.list("classpathDependencyExcludes")).containsExactly("a:b", null, "c:d");
  }

  @Test
  void aMapHasOneEntryPerChildAndAWholeUnknownExpressionBecomesNull() {
    MojoConfiguration config =
        Configurations.of(
            "<systemPropertyVariables><db>db_${surefire.forkNumber}</db>"
                + "<gone>${nowhere}</gone><dir>${dir}</dir></systemPropertyVariables>",
            Map.of("dir", "/tmp/x"));

    assertThat(config.map("systemPropertyVariables"))
        .containsExactly(
            entry("db", "db_${surefire.forkNumber}"), entry("gone", null), entry("dir", "/tmp/x"));
  }

  @Test
  void propertiesTakeBothThePropertyFormAndTheShortForm() {
    MojoConfiguration config =
        Configurations.of(
            "<systemProperties><property><name>long</name><value>1</value></property>"
                + "<short>2</short><property><name>empty</name></property></systemProperties>");

    assertThat(config.properties("systemProperties"))
        .containsOnly(entry("long", "1"), entry("short", "2"), entry("empty", ""));
  }

  @Test
  void aRelativeFileIsResolvedAgainstTheBaseDirectory() {
    MojoConfiguration config =
        Configurations.of(
            "<includesFile>src/test/includes.txt</includesFile><workingDirectory>/abs</workingDirectory>");

    assertThat(config.file("includesFile"))
        .isEqualTo(new File(Configurations.BASEDIR, "src/test/includes.txt"));
    assertThat(config.file("workingDirectory")).isEqualTo(new File("/abs"));
  }
}
