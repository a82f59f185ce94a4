package dev.testshard.runner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessesTest {

  private static final List<String> PRINT_HOME = List.of("/bin/sh", "-c", "echo \"[${HOME+set}]\"");

  @Test
  void theEnvironmentIsPassedOnExceptTheVariablesToUnset() {
    assumeTrue(System.getenv("HOME") != null);
    assertThat(Processes.output(PRINT_HOME, null, 30)).contains("[set]\n");
    assertThat(Processes.output(PRINT_HOME, null, 30, List.of("HOME"))).contains("[]\n");
  }
}
