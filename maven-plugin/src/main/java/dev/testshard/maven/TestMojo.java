package dev.testshard.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code testshard:test}: the whole project's tests run by testshard, as {@code testshard run}
 * would run them from the project's root directory (one run for the reactor, however many modules),
 * with this goal's parameters as the CLI's options. Tests that fail fail the build, as Surefire's
 * do; lost work, a bad configuration or an unreachable engine are build errors.
 *
 * <p>The goal starts testshard's CLI in its own JVM. It finds the CLI in {@code testshard.home}
 * (the directory of {@code testshard.jar}, or a checkout of testshard), else in {@code
 * $TESTSHARD_HOME}, else where the CLI that installed this plugin into the local repository said it
 * is ({@value #CLI_POINTER} beside the plugin's jar).
 */
@Mojo(name = "test", aggregator = true, inheritByDefault = false, threadSafe = true)
public class TestMojo extends AbstractMojo {

  static final String PROPERTY_PREFIX = "testshard.";

  /** Written by the CLI beside this plugin's jar in the local repository: {@code jar=PATH}. */
  static final String CLI_POINTER = "testshard-cli.properties";

  // The CLI's exit codes (README, "When things go wrong").
  static final int PASSED = 0;
  static final int TESTS_FAILED = 1;
  static final int NO_TESTS = 3;
  static final int INTERRUPTED = 130;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Containers at once ({@code --parallel}). */
  @Parameter(property = "testshard.parallel")
  private Integer parallel;

  /** Dynamic workers ({@code true}) or a fixed plan ({@code false}); the CLI's default if unset. */
  @Parameter(property = "testshard.dynamic")
  private Boolean dynamic;

  /** {@code class}, {@code package} or {@code module} ({@code --shard-by}). */
  @Parameter(property = "testshard.shardBy")
  private String shardBy;

  /** Number of fixed shards ({@code --shards}). */
  @Parameter(property = "testshard.shards")
  private Integer shards;

  /** Memory limit of each container, e.g. {@code 2g} ({@code --memory}). */
  @Parameter(property = "testshard.memory")
  private String memory;

  /** CPUs of each container ({@code --cpus}). */
  @Parameter(property = "testshard.cpus")
  private String cpus;

  /** Deadline of one shard, e.g. {@code 10m} ({@code --shard-timeout}). */
  @Parameter(property = "testshard.shardTimeout")
  private String shardTimeout;

  /** Deadline of the whole run ({@code --timeout}). */
  @Parameter(property = "testshard.timeout")
  private String timeout;

  /** More chances for lost classes ({@code --retry-lost}). */
  @Parameter(property = "testshard.retryLost")
  private Integer retryLost;

  /** Re-runs of failed tests ({@code --rerun-failing}). */
  @Parameter(property = "testshard.rerunFailing")
  private Integer rerunFailing;

  /** Where the merged report goes ({@code --report-dir}; the CLI's default if unset). */
  @Parameter(property = "testshard.reportDir")
  private File reportDir;

  /** testshard's configuration file ({@code --config}). */
  @Parameter(property = "testshard.config")
  private File config;

  /** Run Failsafe's integration tests instead of Surefire's unit tests ({@code --failsafe}). */
  @Parameter(property = "testshard.failsafe", defaultValue = "false")
  private boolean failsafe;

  /** Keep the containers of a failed run ({@code --keep-on-failure}). */
  @Parameter(property = "testshard.keepOnFailure", defaultValue = "false")
  private boolean keepOnFailure;

  /** {@code plain}, {@code live} or {@code auto} ({@code --progress}). */
  @Parameter(property = "testshard.progress")
  private String progress;

  /** More CLI words, as they are, after the options above (e.g. {@code --keep-image}). */
  @Parameter private List<String> args;

  /** Where testshard is: the directory of {@code testshard.jar}, or a checkout of testshard. */
  @Parameter(property = "testshard.home")
  private File home;

  /** A failed or erroneous test does not fail the build (it is still in the report). */
  @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
  private boolean testFailureIgnore;

  /** A run that finds no tests fails the build (Surefire's {@code failIfNoTests}). */
  @Parameter(property = "testshard.failIfNoTests", defaultValue = "false")
  private boolean failIfNoTests;

  /** Skip this goal. */
  @Parameter(property = "testshard.skip", defaultValue = "false")
  private boolean skip;

  /** Skip the tests, as Surefire does with {@code -DskipTests}. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  /** Skip the tests, as Surefire does with {@code -Dmaven.test.skip}. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean mavenTestSkip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipTests || mavenTestSkip) {
      getLog().info("Tests are skipped.");
      return;
    }
    Path project = session.getTopLevelProject().getBasedir().toPath();
    MavenExecutionRequest request = session.getRequest();
    CliCommand command =
        new CliCommand(Path.of(System.getProperty("java.home"), "bin", "java"), cliJar(), project)
            .option("--parallel", parallel)
            .negatable("dynamic", dynamic)
            .option("--shard-by", shardBy)
            .option("--shards", shards)
            .option("--memory", memory)
            .option("--cpus", cpus)
            .option("--shard-timeout", shardTimeout)
            .option("--timeout", timeout)
            .option("--retry-lost", retryLost)
            .option("--rerun-failing", rerunFailing)
            .option("--report-dir", reportDir)
            .option("--config", config)
            .flag("--failsafe", failsafe)
            .flag("--keep-on-failure", keepOnFailure)
            .option("--progress", progress)
            .mavenInvocation(
                request.getActiveProfiles(),
                request.getInactiveProfiles(),
                session.getUserProperties(),
                explicit(request.getUserSettingsFile(), "settings.xml", userM2()),
                explicit(request.getGlobalSettingsFile(), "settings.xml", mavenConf()),
                request.isOffline())
            .extra(args);
    getLog().debug("testshard: " + String.join(" ", command.words()));
    verdict(run(command.words()));
  }

  private int run(List<String> words) throws MojoExecutionException {
    ProcessBuilder builder = new ProcessBuilder(words).inheritIO();
    // The project's build inside the run uses this Maven (unless the project has ./mvnw).
    String mavenHome = System.getProperty("maven.home");
    if (mavenHome != null) {
      String path = builder.environment().getOrDefault("PATH", "");
      builder.environment().put("PATH", Path.of(mavenHome, "bin") + File.pathSeparator + path);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot start testshard: " + e.getMessage(), e);
    }
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted while testshard was running", e);
    }
  }

  private void verdict(int exitCode) throws MojoExecutionException, MojoFailureException {
    switch (exitCode) {
      case PASSED -> {}
      case TESTS_FAILED -> {
        String message = "There are test failures (testshard's report has them).";
        if (testFailureIgnore) {
          getLog().error(message);
        } else {
          throw new MojoFailureException(message);
        }
      }
      case NO_TESTS -> {
        if (failIfNoTests) {
          throw new MojoFailureException("No tests were executed!");
        }
        getLog().warn("No tests to run.");
      }
      case INTERRUPTED -> throw new MojoExecutionException("testshard was interrupted");
      default ->
          throw new MojoExecutionException(
              "testshard ended with exit code " + exitCode + " (see its message above)");
    }
  }

  /** testshard's {@code testshard.jar}, from the places the class comment lists. */
  private Path cliJar() throws MojoExecutionException {
    if (home != null) {
      return jarIn(home.toPath(), "testshard.home");
    }
    String fromEnv = System.getenv("TESTSHARD_HOME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return jarIn(Path.of(fromEnv), "TESTSHARD_HOME");
    }
    Path pointer = pluginDirectory().resolve(CLI_POINTER);
    if (Files.isRegularFile(pointer)) {
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(pointer)) {
        properties.load(in);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot read " + pointer + ": " + e.getMessage(), e);
      }
      String jar = properties.getProperty("jar");
      if (jar != null && Files.isRegularFile(Path.of(jar))) {
        return Path.of(jar);
      }
    }
    throw new MojoExecutionException(
        "testshard's CLI not found: set -Dtestshard.home=DIR (where testshard.jar is) or"
            + " TESTSHARD_HOME, or run testshard once from its install so that it records where"
            + " it is");
  }

  static Path jarIn(Path home, String source) throws MojoExecutionException {
    for (Path candidate :
        List.of(home, home.resolve("testshard.jar"), home.resolve("runner/target/testshard.jar"))) {
      if (Files.isRegularFile(candidate) && candidate.toString().endsWith(".jar")) {
        return candidate.toAbsolutePath();
      }
    }
    throw new MojoExecutionException(source + " " + home + " has no testshard.jar");
  }

  private static Path pluginDirectory() throws MojoExecutionException {
    try {
      return Path.of(TestMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (URISyntaxException | RuntimeException e) {
      throw new MojoExecutionException("Cannot tell where testshard's Maven plugin is", e);
    }
  }

  /** A settings file given on the command line: null when it is Maven's default one. */
  private static Path explicit(File file, String name, Path defaultDirectory) {
    if (file == null || !file.isFile()) {
      return null;
    }
    Path path = file.toPath().toAbsolutePath().normalize();
    return defaultDirectory != null && path.equals(defaultDirectory.resolve(name)) ? null : path;
  }

  private static Path userM2() {
    return Path.of(System.getProperty("user.home"), ".m2").toAbsolutePath().normalize();
  }

  private static Path mavenConf() {
    String mavenHome = System.getProperty("maven.home");
    return mavenHome == null ? null : Path.of(mavenHome, "conf").toAbsolutePath().normalize();
  }
}
