package dev.testshard.runner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProcessIdentityTest {

  @Test
  void thisProcessIsAliveWithAStableStartTimeAndAKnownNamespace() {
    long pid = ProcessHandle.current().pid();

    assertThat(ProcessIdentity.pidNamespace()).isPresent();
    assertThat(ProcessIdentity.startOf(pid)).isPresent().isEqualTo(ProcessIdentity.startOf(pid));
  }

  @Test
  void aProcessThatEndedHasNoStartTime() throws Exception {
    Process child = new ProcessBuilder("true").start();
    child.waitFor();

    assertThat(ProcessIdentity.startOf(child.pid())).isEmpty();
  }

  @Test
  void onLinuxTheNamespaceIsTheBootIdAndTheNamespaceInode() {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));

    assertThat(ProcessIdentity.pidNamespace()).get().asString().matches("[0-9a-f-]{36}:\\d+");
  }
}
