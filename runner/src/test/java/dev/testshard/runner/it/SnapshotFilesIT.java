package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.report.TestCaseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the snapshot holds, checked inside the image by {@code examples/snapshot-files}: keys that
 * {@code .testshardignore} matches with a character class and a directory that a subdirectory's
 * {@code .testshardignore} matches are absent, a re-included key is present, symbolic links out of
 * the project to a secret stay links without their target, links inside the project work. The same
 * in a git repository (everything committed, links included) and outside git, both in a directory
 * whose name has a space and a non-ASCII letter; and the launcher takes such a name under the POSIX
 * locale.
 */
class SnapshotFilesIT {

  private static final String CLASS = "com.example.snapshotfiles.SnapshotContentTest";
  private static final String SECRET = "SECRET-OUTSIDE-THE-PROJECT";

  @TempDir Path temp;

  @Test
  void aCommittedProjectInADirectoryWithASpaceAndAnUmlautKeepsSecretsAndLinkTargetsOut()
      throws Exception {
    Path project = projectWithLinks();
    git(project, "init", "-q");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "snapshot files");
    assertThat(git(project, "ls-files", "key.pem", "outside-absolute", "config/local"))
        .as("the secrets and the links are committed")
        .contains("key.pem", "outside-absolute", "config/local/db.properties");

    runAndCheck(project);
  }

  @Test
  void aProjectOutsideGitGetsTheSameRules() throws Exception {
    Path project = projectWithLinks();
    assertThat(project.resolve(".git")).doesNotExist();

    runAndCheck(project);
  }

  @Test
  void theLauncherNamesNonAsciiPathsUnderThePosixLocale() throws Exception {
    Path reports = Files.createDirectories(temp.resolve("my reports ü"));
    Files.writeString(
        reports.resolve("TEST-a.xml"),
        "<testsuite name=\"a\" tests=\"1\"><testcase classname=\"a\" name=\"t\"/></testsuite>");
    Path merged = reports.resolve("merged ü.xml");
    ProcessBuilder launcher =
        new ProcessBuilder("../bin/testshard", "merge", reports.toString(), "-o", merged.toString())
            .redirectErrorStream(true);
    // As in a CI container without LANG: Java alone could not even parse the path.
    launcher.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
    Process process = launcher.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(merged).isRegularFile();
  }

  private Path projectWithLinks() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    Path project = Examples.copy("snapshot-files", temp.resolve("my project ü"));
    Files.createSymbolicLink(project.resolve("outside-relative"), Path.of("../outside/secret.txt"));
    Files.createSymbolicLink(project.resolve("outside-absolute"), secret);
    Files.createSymbolicLink(project.resolve("outside-directory"), outside);
    Files.createSymbolicLink(project.resolve("data/greeting-link"), Path.of("greeting.txt"));
    Files.createSymbolicLink(
        project.resolve("data/absolute-link"), project.resolve("data/greeting.txt"));
    return project;
  }

  private void runAndCheck(Path project) throws Exception {
    Path reportDir = temp.resolve("report");

    Cli.Result result =
        Cli.run("run", "--project", project.toString(), "--report-dir", reportDir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    RunReport report = new RunReport(reportDir);
    for (String test :
        List.of(
            "workingDirectoryIsTheProjectRoot",
            "keysMatchedByACharacterClassAreNotInTheSnapshot",
            "aReIncludedKeyIsInTheSnapshot",
            "aDirectoryExcludedByASubdirectoryIgnoreFileIsNotInTheSnapshot",
            "linksOutOfTheProjectAreLinksWithoutTheirTargets",
            "linksInsideTheProjectWork",
            "theShellAndBasicToolsAreThere")) {
      TestCaseResult testCase = report.testCase(CLASS, test).orElseThrow();
      assertThat(testCase.outcome())
          .as(test + ": " + (testCase.problem() == null ? "" : testCase.problem().message()))
          .isEqualTo(Outcome.PASSED);
    }
    assertThat(report.rootTotals.tests()).isEqualTo(7);
    assertThat(report.rootTotals.skipped()).isZero();
    assertThat(result.errLines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("testshard: warning: symbolic link(s) to outside the project")
                    .contains("outside-relative -> ../outside/secret.txt")
                    .contains("outside-absolute -> " + temp.resolve("outside/secret.txt"))
                    .contains("outside-directory")
                    .doesNotContain("greeting-link"));
    assertThat(report.leftovers().isEmpty()).as("labelled leftovers").isTrue();
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("git", "-c", "user.name=testshard", "-c", "user.email=testshard@example.com"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(command + ": " + out).isZero();
    return out;
  }
}
