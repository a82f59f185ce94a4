package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a class data archive (AppCDS) of the agent and the JUnit Platform jars that start every
 * shard's class path, while the cached dependency image is built: one JVM runs a training test and
 * writes the archive when it exits ({@code -XX:ArchiveClassesAtExit}), a second one must start with
 * it ({@code -Xshare:on}). Only then is the archive named in the argument file the shard JVMs read;
 * otherwise that file stays empty and they start as before. Never fails: a JVM without dynamic
 * archives (before 13, or not HotSpot) simply gets none.
 *
 * <p>Runs with this JVM's class path: the agent and the JUnit jars, nothing of the project.
 */
final class CdsTraining {

  private static final String TRAINING_CLASS = "dev.testshard.agent.cds.TrainingTest";
  private static final long TIMEOUT_SECONDS = 120;

  private CdsTraining() {}

  /** {@code cds ARCHIVE ARGS_FILE}; returns the exit status (always 0 once arguments are right). */
  static int run(List<String> args, EventStream events) throws InterruptedException {
    if (args.size() != 2) {
      events.emit(
          EventStream.event(EventType.AGENT_ERROR)
              .put(EventField.MESSAGE, "usage: cds ARCHIVE ARGS_FILE"));
      return 2;
    }
    Path archive = Path.of(args.get(0));
    Path argsFile = Path.of(args.get(1));
    String outcome;
    try {
      Files.writeString(argsFile, "", StandardCharsets.UTF_8);
      Files.deleteIfExists(archive);
      if (!train(archive)) {
        outcome = "no archive: this JVM could not write one";
      } else if (!mapsArchive(archive)) {
        outcome = "no archive: a JVM could not start with it";
      } else {
        // Should the archive ever not fit a JVM after all, it starts without it, silently.
        Files.writeString(
            argsFile,
            "-XX:SharedArchiveFile=" + archive + "\n-Xlog:cds*=off\n",
            StandardCharsets.UTF_8);
        outcome = "archive " + archive + " (" + Files.size(archive) + " bytes)";
      }
    } catch (IOException | RuntimeException e) {
      // The image is built all the same: its shard JVMs start without the archive.
      outcome = "no archive: " + e;
    }
    if (outcome.startsWith("no archive")) {
      try {
        Files.deleteIfExists(archive);
        Files.writeString(argsFile, "", StandardCharsets.UTF_8);
      } catch (IOException e) {
        outcome += "; and " + e;
      }
    }
    events.emit(
        EventStream.event(EventType.WARNING)
            .put(EventField.MESSAGE, "class data sharing: " + outcome));
    events.emit(EventStream.event(EventType.FINISHED));
    return 0;
  }

  private static boolean train(Path archive) throws IOException, InterruptedException {
    return runTrainingTest(
            List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off", "-Xshare:auto"))
        && Files.isRegularFile(archive)
        && Files.size(archive) > 0;
  }

  private static boolean mapsArchive(Path archive) throws IOException, InterruptedException {
    return runTrainingTest(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
  }

  /** Runs the training test in a JVM of its own; true when it exited with 0. */
  private static boolean runTrainingTest(List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+IgnoreUnrecognizedVMOptions");
    command.add("-XX:-UsePerfData");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(AgentMain.class.getName());
    command.add("run");
    command.add(TRAINING_CLASS);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return false;
    }
    return process.exitValue() == 0;
  }
}
