package dev.testshard.runner.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

  private static final List<String> PRINT_HOME = List.of("/bin/sh", "-c", "echo \"[${HOME+set}]\"");

  @TempDir Path dir;

  @Test
  void theEnvironmentIsPassedOnExceptTheVariablesToUnset() {
    assumeTrue(System.getenv("HOME") != null);
    assertThat(Processes.output(PRINT_HOME, null, 30)).contains("[set]\n");
    assertThat(Processes.output(PRINT_HOME, null, 30, List.of("HOME"))).contains("[]\n");
  }

  /**
   * A command stopped by an interrupt is gone, and so is what it started, even when it ignores
   * SIGTERM (as a shell between its commands may): nothing runs on after testshard.
   */
  @Test
  void anInterruptedCommandAndWhatItStartedAreStoppedEvenIfTheyIgnoreSigterm() throws Exception {
    Path pids = dir.resolve("pids");
    List<String> command =
        List.of(
            "/bin/sh",
            "-c",
            "trap '' TERM; (trap '' TERM; while :; do sleep 0.1; done) & echo $$ $! > "
                + pids
                + "; wait");
    Thread[] runner = new Thread[1];
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    runner[0] =
        new Thread(
            () -> {
              try {
                Processes.toLog(command, dir, dir.resolve("log"));
                ended.complete(null);
              } catch (Throwable t) {
                ended.complete(t);
              }
            });
    runner[0].start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(Files.exists(pids) && Files.readString(pids).strip().contains(" "))) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
    List<Long> started =
        List.of(Files.readString(pids).strip().split(" ")).stream().map(Long::parseLong).toList();

    runner[0].interrupt();

    assertThat(ended.get(Processes.STOP_GRACE_SECONDS + 10, TimeUnit.SECONDS))
        .isInstanceOf(TestshardException.class);
    // Killed processes are gone once reaped: moments after the kill.
    long reaped = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    for (long pid : started) {
      while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
          && System.nanoTime() < reaped) {
        Thread.sleep(20);
      }
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
          .as("process %d", pid)
          .isFalse();
    }
  }
}
