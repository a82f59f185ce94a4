package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmStartFailureTest {

  @Test
  void aJvmThatCannotStartThreadsIsNamedWithTheProcessLimit() {
    String output =
        """
        [0.017s][warning][os,thread] Failed to start thread "GC Thread#0" - pthread_create failed\
         (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.
        #
        # There is insufficient memory for the Java Runtime Environment to continue.
        # Cannot create worker GC thread. Out of system resources.
        """;

    assertThat(JvmStartFailure.cause(output, 1))
        .isEqualTo(
            "the JVM cannot start threads (Failed to start thread \"GC Thread#0\" -"
                + " pthread_create failed (EAGAIN)); is --pids-limit 1 too low?");
    assertThat(JvmStartFailure.cause(output, 0)).doesNotContain("--pids-limit");
  }

  @Test
  void anInitialisationErrorIsNamedWithItsReason() {
    assertThat(
            JvmStartFailure.cause(
                "Error occurred during initialization of VM\nCould not create G1ServiceThread\n",
                0))
        .isEqualTo("Error occurred during initialization of VM: Could not create G1ServiceThread");
    assertThat(JvmStartFailure.cause("Error: Could not find or load main class x.Y\n", 0))
        .isEqualTo("Error: Could not find or load main class x.Y");
  }

  @Test
  void ordinaryOutputNamesNoCause() {
    assertThat(JvmStartFailure.cause("Picked up JAVA_TOOL_OPTIONS: -Xss1m\n", 4096)).isNull();
  }
}
