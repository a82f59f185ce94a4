package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The packaged CLI running the paced tests. */
record RunningCli(Process process, String runId, List<String> output) {

  /** GNU env 8.31 and later can reset a signal's disposition before it starts a command. */
  static boolean envResetsSignals() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * The packaged CLI running the paced tests ({@code mode} fixed: one shard per class; dynamic: two
   * workers), once its first shard has started and had a few seconds to get going.
   *
   * @param prefix a command the CLI runs under, e.g. unshare
   */
  static RunningCli start(List<String> prefix, Path project, Path reportDir, String mode)
      throws Exception {
    return start(prefix, Map.of(), project, reportDir, mode);
  }

  /** As {@link #start(List, Path, Path, String)}, with more environment variables. */
  static RunningCli start(
      List<String> prefix, Map<String, String> env, Path project, Path reportDir, String mode)
      throws Exception {
    return start(prefix, env, project, reportDir, mode, List.of());
  }

  /** As {@link #start(List, Map, Path, Path, String)}, with more options of {@code run}. */
  static RunningCli start(
      List<String> prefix,
      Map<String, String> env,
      Path project,
      Path reportDir,
      String mode,
      List<String> options)
      throws Exception {
    List<String> command = new ArrayList<>(prefix);
    // A background job of a non-interactive shell starts with SIGINT ignored, and a JVM keeps
    // an ignored SIGINT ignored: give the CLI the default disposition, as a terminal would.
    if (envResetsSignals()) {
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(
        Path.of(System.getProperty("testshard.jar", "target/testshard.jar"))
            .toAbsolutePath()
            .toString());
    command.addAll(
        List.of(
            "run",
            "--project",
            project.toString(),
            "--no-build",
            "--parallel",
            "2",
            "--include",
            PacedTests.INCLUDE,
            "--report-dir",
            reportDir.toString()));
    command.addAll(mode.equals("dynamic") ? List.of("--dynamic") : List.of("--shard-by", "class"));
    command.addAll(options);
    System.out.println("[it] " + String.join(" ", command));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    List<String> output = new CopyOnWriteArrayList<>();
    AtomicReference<String> runId = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  System.out.println("[cli] " + line);
                  output.add(line);
                  if (line.startsWith("testshard run ")) {
                    runId.set(line.split(" ")[2]);
                  }
                  if (line.contains("start  ")) {
                    started.countDown();
                  }
                }
              } catch (java.io.IOException e) {
                // the process ended
              }
            },
            "cli-output");
    reader.setDaemon(true);
    reader.start();
    assertThat(started.await(2, TimeUnit.MINUTES)).as("the first shard started").isTrue();
    // Let the container get going: the first tests are in their 5-second sleeps.
    Thread.sleep(4000);
    return new RunningCli(process, runId.get(), output);
  }
}
