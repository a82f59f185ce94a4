package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --kubernetes} on the project's real two-node lab cluster: the run's image pushed to
 * the lab's registry, one pod per shard, the same test cases and outcomes as on the local engine,
 * and no pod of the run left afterwards.
 */
class KubernetesIT {

  private static final Pattern NODE = Pattern.compile("testshard: pod \\S+ on node (\\S+),");

  private static KubernetesLab lab;

  @TempDir Path temp;

  @BeforeAll
  static void startTheLab() throws Exception {
    lab = KubernetesLab.ensure();
  }

  private Cli.Result onCluster(String example, Path reportDir, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--project",
                Examples.dir(example).toString(),
                "--shard-by",
                "package",
                "--parallel",
                "4",
                "--report-dir",
                reportDir.toString(),
                "--kubernetes",
                "--registry",
                lab.registry() + "/testshard"));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void runsMultiPackageAsPodsOnBothNodesWithTheLocalRunsCasesAndLeavesNoPod() throws Exception {
    Path local = temp.resolve("local");
    Cli.Result localRun =
        Cli.run(
            "run",
            "--project",
            Examples.dir("multi-package").toString(),
            "--shard-by",
            "package",
            "--parallel",
            "4",
            "--report-dir",
            local.toString());
    assertThat(localRun.exitCode()).as(localRun.err()).isZero();

    Path cluster = temp.resolve("cluster");
    Cli.Result clusterRun = onCluster("multi-package", cluster);

    assertThat(clusterRun.exitCode()).as(clusterRun.err()).isZero();
    assertThat(clusterRun.out()).contains("image pushed as " + lab.registry() + "/testshard:");
    assertThat(cases(cluster)).isEqualTo(cases(local)).hasSize(475);
    assertThat(nodesOf(cluster)).containsExactlyInAnyOrder("tslab-n1", "tslab-n2");
    assertNoPodLeft(cluster);
  }

  @Test
  void reportsAFailingExampleAsLocallyWithExitCodeOne() throws Exception {
    Path cluster = temp.resolve("failing");
    Cli.Result run = onCluster("failing", cluster, "--memory", "1g");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(cases(cluster)).isEqualTo(Examples.expectedTests("failing").orElseThrow());
    assertNoPodLeft(cluster);
  }

  private void assertNoPodLeft(Path reportDir) throws Exception {
    String runId = new RunReport(reportDir).runId();
    assertThat(lab.kubectl("get", "pods", "-A", "-l", "dev.testshard.run=" + runId, "-o", "name"))
        .as("pods of run " + runId)
        .doesNotContain("pod/");
  }

  private static List<String> cases(Path reportDir) throws Exception {
    return Examples.casesOf(List.of(reportDir.resolve("TEST-testshard.xml")));
  }

  /** The nodes the shards' pods ran on, as each shard's log names its pod's. */
  private static Set<String> nodesOf(Path reportDir) throws Exception {
    Set<String> nodes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(reportDir.resolve("shards"))) {
      for (Path log : files.filter(f -> f.getFileName().toString().equals("output.log")).toList()) {
        Matcher matcher = NODE.matcher(Files.readString(log));
        while (matcher.find()) {
          nodes.add(matcher.group(1));
        }
      }
    }
    return nodes;
  }
}
