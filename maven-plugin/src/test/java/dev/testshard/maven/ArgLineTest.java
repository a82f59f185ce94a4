package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ArgLineTest {
  @Test
  void lateReferencesAreReplacedWithTheProjectsPropertiesAsTheyAreNow() {
    Properties model = new Properties();
    model.setProperty("argLine", "-javaagent:/repo/jacoco.jar=destfile=/m/target/jacoco.exec");
    model.setProperty("unused", "-Dnot=here");

    assertThat(ArgLine.resolve("@{argLine} -Xmx512m", model))
        .isEqualTo("-javaagent:/repo/jacoco.jar=destfile=/m/target/jacoco.exec -Xmx512m");
  }

  @Test
  void theLineIsTrimmedAndEveryWhitespaceCharacterBecomesASpace() {
    assertThat(ArgLine.resolve("\n  -Xmx1g\n\t-ea  \n", new Properties())).isEqualTo("-Xmx1g  -ea");
  }

  @Test
  void anAbsentOrBlankLineIsNone() {
    assertThat(ArgLine.resolve(null, new Properties())).isNull();
    assertThat(ArgLine.resolve(" \n ", new Properties())).isNull();
  }

  @Test
  void aReferenceToNoPropertyStaysAndIsReported() {
    String resolved = ArgLine.resolve("@{argLine} -Xmx1g", new Properties());

    assertThat(resolved).isEqualTo("@{argLine} -Xmx1g");
    assertThat(ArgLine.unresolvedReferences(resolved)).containsExactly("@{argLine}");
  }

  @Test
  void forkPlaceholdersStayForTheRunnerAndAreFound() {
    String resolved =
        ArgLine.resolve(
            "-Ddb=db_${surefire.forkNumber} -Dt=${surefire.threadNumber}", new Properties());

    assertThat(resolved).isEqualTo("-Ddb=db_${surefire.forkNumber} -Dt=${surefire.threadNumber}");
    assertThat(ArgLine.forkPlaceholders(resolved))
        .containsExactly("${surefire.forkNumber}", "${surefire.threadNumber}");
    assertThat(ArgLine.forkPlaceholders("-Xmx1g")).isEmpty();
  }
}
