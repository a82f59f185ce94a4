package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.runner.common.TestshardVersion;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import dev.testshard.runner.snapshot.HostJdkBaseImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command of docs/ci.md's recipes, run as written from the unpacked release archive on a fresh
 * engine's worth of images: the first run builds the base and dependency images and saves them to
 * the image cache; they are removed, as on a fresh CI runner; the second run loads them and builds
 * neither. Under GITHUB_ACTIONS with GITHUB_STEP_SUMMARY set, each run writes the job summary and
 * prints an annotation per failure with its source file and line.
 *
 * <p>The runs use a JDK of their own (the host's, hard-linked to another path), so the base image
 * and the dependency image on it are this test's alone and can be removed without touching other
 * runs' images.
 */
class CiRecipeIT {

  private static final Pattern ANNOTATION =
      Pattern.compile("^::error file=([^,]+),line=(\\d+),title=([^:]+)::(.*)$");

  @TempDir Path temp;

  @Test
  void theRecipeCommandReportsAnnotatesAndReusesCachedImagesOnAFreshEngine() throws Exception {
    String command = recipeCommand();
    Path bin = install();
    // Not under /tmp: the base image keeps the JDK at its host path, and a test container's /tmp
    // is a tmpfs of its own.
    // Not under /tmp (a checkout may be there): a shard container's /tmp is a tmpfs, which would
    // hide a JDK the base image holds at its host path.
    Path jdkParent = Files.createTempDirectory(Path.of("/var/tmp"), "ci-recipe-jdk");
    Path jdk = jdkParent.resolve("jdk");
    assertThat(run(temp, List.of("cp", "-al", javaHome().toString(), jdk.toString())).exitCode())
        .isZero();
    Path project = Examples.copy("failing", temp.resolve("work/failing"));
    // A CI checkout: git sees the project, and .testshard/ (history, image cache) is ignored.
    Files.writeString(project.resolve(".gitignore"), "target/\n.testshard/\n");
    assertThat(run(project, List.of("git", "init", "-q")).exitCode()).isZero();
    Path stepSummary = temp.resolve("step-summary.md");
    Map<String, String> env =
        Map.of(
            "JAVA_HOME",
            jdk.toString(),
            "PATH",
            bin + ":" + jdk.resolve("bin") + ":" + System.getenv("PATH"),
            "GITHUB_ACTIONS",
            "true",
            "GITHUB_STEP_SUMMARY",
            stepSummary.toString());
    Path cache = project.resolve(".testshard/images");
    List<String> cachedImages = new ArrayList<>();
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      try {
        Command.Result first = run(project, List.of("bash", "-c", command), env);
        cachedImages.addAll(Files.readAllLines(cache.resolve("images.txt")));
        RunReport firstReport = new RunReport(project.resolve("target/testshard"));
        cachedImages.forEach(engine::removeImage);
        Files.delete(stepSummary);
        Command.Result second = run(project, List.of("bash", "-c", command), env);
        RunReport secondReport = new RunReport(project.resolve("target/testshard"));

        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output())
            .contains("image cache " + cache + " is empty")
            .contains("building base image testshard-jdk:")
            .containsPattern("saved testshard-jdk:\\S+, testshard-deps:\\S+ to the image cache");
        assertThat(cachedImages).hasSize(2);
        assertThat(cachedImages.get(0)).startsWith("testshard-jdk:");
        assertThat(cachedImages.get(1)).startsWith("testshard-deps:");
        assertThat(steps(firstReport)).containsExactly(true, true);

        assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
        assertThat(second.output())
            .contains(
                "loaded "
                    + String.join(", ", cachedImages)
                    + " from the image cache "
                    + cache.resolve("images.tar"))
            .doesNotContain("building base image")
            .doesNotContain("saved testshard");
        assertThat(steps(secondReport)).containsExactly(false, false);
        for (String image : cachedImages) {
          assertThat(engine.imageId(image)).as(image).isPresent();
        }
        // The cache stays out of the snapshot: both runs took the same files.
        assertThat(snapshotFiles(second.output())).isEqualTo(snapshotFiles(first.output()));

        // What the recipes hand to the CI.
        assertThat(project.resolve("target/testshard/TEST-testshard.xml")).isRegularFile();
        assertThat(project.resolve("target/testshard/index.html")).isRegularFile();
        assertThat(project.resolve(".testshard/timings.json")).isRegularFile();

        String summary = Files.readString(stepSummary, StandardCharsets.UTF_8);
        assertThat(summary)
            .startsWith("## testshard: failed (exit code 1), 11 tests in ")
            .contains("| 11 | 5 | 2 | 2 | 2 | 0 |")
            .contains("### Failures (4)")
            .contains("| com.example.failing.cart.CartTotalTest | cartTotalIsWrong | failed |")
            .contains(
                "| com.example.failing.cart.ExplodingTest | throwsUncheckedException | error |")
            .contains("| com.example.failing.output.OutputTest | printsThenFails | failed |")
            .contains("| com.example.failing.setup.BrokenSetupTest |  | error |")
            .contains("### Slowest classes")
            .doesNotContain("### Lost work")
            .doesNotContain("](");

        List<String> annotations =
            second.output().lines().filter(line -> line.startsWith("::error ")).toList();
        assertThat(annotations).hasSize(4);
        for (String annotation : annotations) {
          Matcher matcher = ANNOTATION.matcher(annotation);
          assertThat(matcher.matches()).as(annotation).isTrue();
          Path source = project.resolve(matcher.group(1));
          assertThat(source).as(annotation).isRegularFile();
          List<String> lines = Files.readAllLines(source);
          int line = Integer.parseInt(matcher.group(2));
          assertThat(line).as(annotation).isBetween(1, lines.size());
          String simpleName = source.getFileName().toString().replaceFirst("\\.java$", "");
          assertThat(matcher.group(3)).as(annotation).containsPattern("\\." + simpleName + "[. ]");
        }
        String cartTotal =
            annotations.stream()
                .filter(
                    a ->
                        a.contains(
                            "title=com.example.failing.cart.CartTotalTest.cartTotalIsWrong failed::"))
                .findFirst()
                .orElseThrow();
        Matcher matcher = ANNOTATION.matcher(cartTotal);
        assertThat(matcher.matches()).isTrue();
        assertThat(
                Files.readAllLines(project.resolve(matcher.group(1)))
                    .get(Integer.parseInt(matcher.group(2)) - 1))
            .contains("assert");
      } finally {
        cachedImages.forEach(engine::removeImage);
        assertThat(run(temp, List.of("rm", "-rf", jdkParent.toString())).exitCode()).isZero();
      }
    }
  }

  /** The one testshard command line of docs/ci.md, as both recipes have it. */
  private static String recipeCommand() throws Exception {
    Path doc = Examples.dir("failing").getParent().getParent().resolve("docs/ci.md");
    List<String> commands =
        Files.readAllLines(doc).stream()
            .map(String::strip)
            .map(line -> line.replaceFirst("^(- |run: )", ""))
            .filter(line -> line.startsWith("testshard run"))
            .distinct()
            .toList();
    assertThat(commands).as("testshard commands in " + doc).hasSize(1);
    return commands.get(0);
  }

  /** Unpacks the release archive as docs/ci.md's recipes do; returns its bin directory. */
  private Path install() throws Exception {
    Path archive = Path.of(System.getProperty("testshard.release"));
    Path opt = Files.createDirectories(temp.resolve("opt"));
    assertThat(
            run(temp, List.of("tar", "xzf", archive.toString(), "-C", opt.toString())).exitCode())
        .isZero();
    return opt.resolve("testshard-" + TestshardVersion.get()).resolve("bin");
  }

  private static Path javaHome() throws Exception {
    return HostJdkBaseImage.hostJavaHome().toRealPath();
  }

  /** summary.json's baseImageBuilt and depsImageBuilt. */
  private static List<Boolean> steps(RunReport report) {
    return List.of(
        report.summary.get("steps").get("baseImageBuilt").asBoolean(),
        report.summary.get("steps").get("depsImageBuilt").asBoolean());
  }

  private static String snapshotFiles(String output) {
    Matcher matcher = Pattern.compile("snapshot taken: (\\d+) files").matcher(output);
    assertThat(matcher.find()).as(output).isTrue();
    return matcher.group(1);
  }

  private static Command.Result run(Path directory, List<String> command) throws Exception {
    return Command.run(directory, command);
  }

  private static Command.Result run(Path directory, List<String> command, Map<String, String> env)
      throws Exception {
    Command.Result result = Command.run(directory, command, env);
    System.out.println(result.output());
    return result;
  }
}
