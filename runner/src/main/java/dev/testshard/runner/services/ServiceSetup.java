package dev.testshard.runner.services;

import dev.testshard.runner.common.Durations;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.config.SetupStep;
import dev.testshard.runner.config.Templates;
import dev.testshard.runner.docker.ContainerEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every backend does alike with one shard's services, whatever runs them: the templates of
 * their command and environment expanded for the shard, and their setup steps run in order, each
 * one's output kept as evidence, the first that fails named. Where a step runs (inside the service,
 * or in the test image on the shard's network) is the backend's {@link Steps}.
 */
public final class ServiceSetup {

  /** How long a setup step may run. */
  public static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

  /** Runs one setup step where the backend runs it. */
  public interface Steps {
    /**
     * @param step the step, for where it runs ({@link SetupStep#inTestImage()})
     * @param command its command, templates expanded
     * @return its exit code (negative when it did not finish within {@code limit}) and output
     */
    ContainerEngine.ExecResult run(SetupStep step, List<String> command, Duration limit);
  }

  private final ServiceContext context;
  private final Map<String, String> values;

  public ServiceSetup(ServiceContext context, ShardServices.ShardIdentity shard) {
    this.context = context;
    this.values = values(context.runId(), shard);
  }

  /** The values of {@code ${shard.id}}, {@code ${shard.index}}, {@code ${run.id}}, ... */
  static Map<String, String> values(String runId, ShardServices.ShardIdentity shard) {
    return Map.of(
        "shard.id", shard.id(),
        "shard.index", Integer.toString(shard.index()),
        "run.id", runId,
        "classpath", shard.classpath());
  }

  /** {@code text} with the shard's templates expanded. */
  public String expand(String text) {
    return Templates.expand(text, values, context.hostEnv());
  }

  /** The service's command, templates expanded (empty: the image's own). */
  public List<String> command(ServiceSpec service) {
    return Templates.expand(service.command(), values, context.hostEnv());
  }

  /** The service's environment, templates expanded. */
  public Map<String, String> environment(ServiceSpec service) {
    Map<String, String> env = new LinkedHashMap<>();
    service.env().forEach((k, v) -> env.put(k, expand(v)));
    return env;
  }

  /**
   * Runs the service's setup steps in order, each one's output to {@code
   * <evidenceDir>/<service>.setup-<n>.log}.
   *
   * @return the logs written
   * @throws ServiceFailure naming the first step that failed or did not finish
   */
  public List<Path> runSteps(ServiceSpec service, Steps steps, Path evidenceDir)
      throws ServiceFailure {
    List<Path> logs = new java.util.ArrayList<>();
    int number = 0;
    for (SetupStep step : service.setup()) {
      number++;
      List<String> command = Templates.expand(step.command(), values, context.hostEnv());
      String what =
          "setup step " + number + " of " + service.name() + " (" + String.join(" ", command) + ")";
      ContainerEngine.ExecResult result = steps.run(step, command, STEP_TIMEOUT);
      Path log = evidenceDir.resolve(service.name() + ".setup-" + number + ".log");
      write(log, result.output());
      logs.add(log);
      if (result.exitCode() != 0) {
        throw new ServiceFailure(
            what
                + (result.exitCode() < 0
                    ? " did not finish within " + Durations.format(STEP_TIMEOUT)
                    : " exited with code " + result.exitCode())
                + lastLine(result.output()));
      }
    }
    return logs;
  }

  private static String lastLine(String output) {
    String trimmed = output.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    // Whole: the useful part of a tool's complaint is often at its end.
    return ": " + trimmed.substring(trimmed.lastIndexOf('\n') + 1).strip();
  }

  /** How many of a service's last log lines the console shows when its shard did not pass. */
  private static final int LOG_TAIL_LINES = 10;

  /**
   * Saves a service's log as {@code <evidenceDir>/<service>.log} and returns its last lines for the
   * console, under a line that says whose they are and where the whole log is.
   */
  public static List<String> saveLog(
      String shardId, String service, String log, Path evidenceDir, String evidencePointer) {
    Path file = evidenceDir.resolve(service + ".log");
    write(file, log);
    List<String> tails = new java.util.ArrayList<>();
    tails.add(
        "shard "
            + shardId
            + ", service "
            + service
            + " (last lines of "
            + evidencePointer
            + "/"
            + file.getFileName()
            + "):");
    String[] lines = log.split("\n");
    for (int i = Math.max(0, lines.length - LOG_TAIL_LINES); i < lines.length; i++) {
      tails.add("  " + service + " | " + lines[i].stripTrailing());
    }
    return tails;
  }

  /** Writes evidence; best effort, since the failure message still names the service. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // evidence is best effort
    }
  }
}
