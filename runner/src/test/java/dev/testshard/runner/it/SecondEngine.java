package dev.testshard.runner.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Docker engine of the test's own, to kill: a second dockerd with its own socket, data root, exec
 * root and pid file, no bridge and no iptables rules, in a network namespace of its own, so the
 * engine the other tests share is never touched. Needs root and dockerd; a test that gets neither
 * is skipped.
 */
final class SecondEngine implements AutoCloseable {

  private final Path dir;

  private SecondEngine(Path dir) {
    this.dir = dir;
  }

  /** Starts the engine and waits until it answers; skips the test when it cannot start. */
  static SecondEngine start() throws Exception {
    assumeTrue(
        new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes())
            .trim()
            .equals("0"),
        "a second dockerd needs root");
    assumeTrue(
        onPath("dockerd") && onPath("docker") && onPath("unshare"),
        "a second dockerd needs dockerd, docker and unshare");
    // Short: the socket path must fit a unix socket address.
    SecondEngine engine =
        new SecondEngine(Files.createTempDirectory(Path.of("/tmp"), "testshard-engine-"));
    engine.launch();
    if (!engine.awaitAnswer()) {
      engine.close();
      assumeTrue(false, "a second dockerd did not start; see " + engine.dir.resolve("dockerd.log"));
    }
    return engine;
  }

  /** {@code DOCKER_HOST} for the engine. */
  String host() {
    return "unix://" + dir.resolve("docker.sock");
  }

  /** Runs the docker CLI against the engine and returns its standard output. */
  String docker(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("docker", "-H", host()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(command + " failed: " + out);
    }
    return out;
  }

  /** Kills dockerd and its containerd with SIGKILL, as a crash would; the containers stay up. */
  void kill() throws IOException {
    for (Path pidFile :
        List.of(dir.resolve("dockerd.pid"), dir.resolve("exec/containerd/containerd.pid"))) {
      pid(pidFile).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Starts the engine again on the same roots: it reaps what the killed one left running (its
   * containerd, the shims, the containers' processes).
   */
  void restart() throws Exception {
    awaitGone(dir.resolve("dockerd.pid"));
    awaitGone(dir.resolve("exec/containerd/containerd.pid"));
    Files.deleteIfExists(dir.resolve("dockerd.pid"));
    launch();
    if (!awaitAnswer()) {
      List<String> log = Files.readAllLines(dir.resolve("dockerd.log"));
      throw new IllegalStateException(
          "the second dockerd did not restart:\n"
              + String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size())));
    }
  }

  private void launch() throws IOException {
    Files.createDirectories(dir);
    // In a network namespace of its own: a dockerd started with --bridge=none deletes the
    // interface docker0 it finds, which is the shared engine's bridge in the host's namespace.
    new ProcessBuilder(
            "unshare",
            "--net",
            "--",
            "dockerd",
            "--data-root",
            dir.resolve("data").toString(),
            "--exec-root",
            dir.resolve("exec").toString(),
            "--pidfile",
            dir.resolve("dockerd.pid").toString(),
            "-H",
            host(),
            "--bridge=none",
            "--iptables=false",
            "--ip6tables=false")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("dockerd.log").toFile()))
        .start();
  }

  private boolean awaitAnswer() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      Process version =
          new ProcessBuilder("docker", "-H", host(), "version", "--format", "{{.Server.Version}}")
              .redirectErrorStream(true)
              .start();
      if (version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Stops the engine (it stops its containers and containerd) and deletes its files. */
  @Override
  public void close() throws IOException {
    Optional<ProcessHandle> dockerd = pid(dir.resolve("dockerd.pid")).flatMap(ProcessHandle::of);
    if (dockerd.isPresent()) {
      dockerd.get().destroy();
      try {
        dockerd.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        System.out.println("[it] the second dockerd did not stop: " + e);
      }
    }
    // dockerd mounts its data root onto itself and may leave that behind.
    List<String> mounts =
        Files.readAllLines(Path.of("/proc/mounts")).stream()
            .map(line -> line.split(" ")[1])
            .filter(mountPoint -> mountPoint.startsWith(dir.toString()))
            .sorted(Comparator.reverseOrder())
            .toList();
    for (String mountPoint : mounts) {
      try {
        new ProcessBuilder("umount", mountPoint).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      Examples.deleteTree(dir);
    } catch (IOException e) {
      System.out.println("[it] could not delete " + dir + ": " + e);
    }
  }

  private void awaitGone(Path pidFile) throws Exception {
    Optional<ProcessHandle> process = pid(pidFile).flatMap(ProcessHandle::of);
    if (process.isPresent()) {
      process.get().onExit().get(30, TimeUnit.SECONDS);
    }
  }

  private static Optional<Long> pid(Path pidFile) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    String text = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
    return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
