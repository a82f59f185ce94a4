package dev.testshard.runner.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenBuildTest {

  @TempDir Path dir;

  private Path project;

  @BeforeEach
  void createProject() throws IOException {
    project = Files.createDirectories(dir.resolve("shop"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
  }

  @Test
  void recognisesMavensGenericAdviceAfterAFailure() {
    assertThat(
            List.of(
                "[ERROR] ",
                "[ERROR]",
                "[ERROR] -> [Help 1]",
                "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException",
                "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
                "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
                "[ERROR] For more information about the errors and possible solutions, please read",
                "[ERROR] After correcting the problems, you can resume the build with the command",
                "[ERROR]   mvn <args> -rf :shop-api"))
        .allSatisfy(line -> assertThat(MavenBuild.isMavenBoilerplate(line)).as(line).isTrue());
  }

  @Test
  void keepsErrorsThatNameTheCause() {
    assertThat(
            List.of(
                "[ERROR] COMPILATION ERROR : ",
                "[ERROR] /shop/src/test/java/a/CartTest.java:[12,5] cannot find symbol",
                "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin",
                "[ERROR] Non-resolvable parent POM for com.acme:shop:1.0"))
        .allSatisfy(line -> assertThat(MavenBuild.isMavenBoilerplate(line)).as(line).isFalse());
  }

  @Test
  void findsEveryModuleWithTestClassesAnEarlierBuildLeft() throws IOException {
    module("", "/repo/junit.jar");
    module("services/api", "/repo/jackson.jar", "/repo/junit.jar");

    ProjectBuild build = build().fromEarlierBuild();

    assertThat(build.projectDir()).isEqualTo(project);
    assertThat(build.modules())
        .extracting(TestModule::id)
        .containsExactlyInAnyOrder("shop", "services/api");
  }

  @Test
  void givesEachModuleSurefiresClassPathThenTheProvidersJars() throws IOException {
    Path api = project.resolve("services/api");
    write(
        api,
        execution("default-test", false, api, "/repo/jackson.jar")
            .replace(
                "\"providerClasspath\": []", "\"providerClasspath\": [\"/repo/launcher.jar\"]"));

    TestModule module = build().fromEarlierBuild().modules().get(0);

    assertThat(module.id()).isEqualTo("services/api");
    assertThat(module.directory()).isEqualTo(api);
    assertThat(module.testRoots()).containsExactly(api.resolve("target/test-classes"));
    assertThat(module.classpath())
        .containsExactly(
            api.resolve("target/test-classes"),
            api.resolve("target/classes"),
            Path.of("/repo/jackson.jar"),
            Path.of("/repo/launcher.jar"));
  }

  @Test
  void carriesEachExecutionsSettingsAndNamesTheSecondAfterIt() throws IOException {
    Path root = project;
    write(
        root,
        execution("default-test", false, root, "/repo/junit.jar")
            + ",\n"
            + execution("slow-tests", false, root, "/repo/junit.jar")
                .replace("\"argLine\": null", "\"argLine\": \"-Xmx1g '-Dname=a b'\"")
                .replace(
                    "\"groups\": null",
                    "\"groups\": \"slow\", \"reportNameSuffix\": \"slow\","
                        + " \"phrasedMethodNames\": true"));

    List<TestModule> modules = build().fromEarlierBuild().modules();

    assertThat(modules).extracting(TestModule::id).containsExactly("shop", "shop-slow-tests");
    TestSettings slow = modules.get(1).settings();
    assertThat(slow.execution()).isEqualTo("slow-tests");
    assertThat(slow.jvmArgs()).containsExactly("-ea", "-Xmx1g", "-Dname=a b");
    assertThat(slow.selection())
        .contains(
            "include **/*Test.java",
            "groups slow",
            "provider junit-platform",
            "plugin-version 3.5.2",
            "report-name-suffix slow",
            "phrased-method-names true");
    assertThat(modules.get(0).settings().selection())
        .noneMatch(line -> line.startsWith("report-name-suffix"))
        .noneMatch(line -> line.startsWith("phrased-method-names"));
    assertThat(slow.systemProperties()).containsEntry("flavour", "vanilla");
    assertThat(slow.environment()).containsEntry("TZ", "UTC");
    assertThat(slow.localRepository()).isEqualTo(Path.of("/repo"));
  }

  @Test
  void leavesOutASkippedExecutionAndSaysSo() throws IOException {
    write(project, execution("default-test", true, project, "/repo/junit.jar"));

    ProjectBuild build = build().fromEarlierBuild();

    assertThat(build.modules()).isEmpty();
    assertThat(build.notes())
        .containsExactly(
            "module shop: Surefire execution default-test is skipped (skipTests);"
                + " testshard skips it too");
  }

  @Test
  void passesOnThePluginsWarnings() throws IOException {
    write(
        project,
        execution("default-test", false, project, "/repo/junit.jar")
            .replace("\"warnings\": []", "\"warnings\": [\"<jvm> is ignored.\"]"));

    assertThat(build().fromEarlierBuild().notes())
        .containsExactly("module shop (default-test): <jvm> is ignored.");
  }

  @Test
  void namesTheRootModuleAfterTheProjectDirectory() throws IOException {
    module("");

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("shop");
  }

  @Test
  void skipsAModuleWithoutTestClasses() throws IOException {
    module("services/api", "/repo/junit.jar");
    Path lib = Files.createDirectories(project.resolve("lib/target"));
    Files.writeString(
        lib.resolve("testshard-module.json"), description(project.resolve("lib"), ""));

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("services/api");
  }

  /**
   * dependenciesToScan: the dependencies Surefire scans are test roots after the test classes; a
   * module whose only tests come from them is kept, and a scanned file that is gone is left out.
   */
  @Test
  void addsTheDependenciesToScanAsTestRootsEvenWithoutTestClasses() throws IOException {
    Path shared = Files.createDirectories(project.resolve("shared/target/test-classes"));
    Path jar = Files.writeString(dir.resolve("tck-tests.jar"), "");
    Path app = project.resolve("app");
    String execution =
        execution("default-test", false, app)
            .replace(
                "\"warnings\": []",
                "\"scanDependencies\": [\"%s\", \"%s\", \"%s\"], \"warnings\": []"
                    .formatted(shared, jar, dir.resolve("gone.jar")));
    Files.createDirectories(app.resolve("target"));
    Files.writeString(app.resolve("target/testshard-module.json"), description(app, execution));

    assertThat(build().fromEarlierBuild().modules())
        .singleElement()
        .satisfies(module -> assertThat(module.testRoots()).containsExactly(shared, jar));

    Files.createDirectories(app.resolve("target/test-classes"));
    assertThat(build().fromEarlierBuild().modules().get(0).testRoots())
        .containsExactly(app.resolve("target/test-classes"), shared, jar);
  }

  @Test
  void ignoresDescriptionsUnderSourceAndHiddenDirectories() throws IOException {
    module("app", "/repo/junit.jar");
    for (String ignored : List.of("src/it/demo", ".cache/old")) {
      module(ignored, "/repo/old.jar");
    }

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("app");
  }

  @Test
  void rejectsADescriptionOfAnotherFormatWithExitCode2() throws IOException {
    module("");
    Files.writeString(
        project.resolve("target/testshard-module.json"), "{\"format\": \"testshard-module/9\"}");

    TestshardException e =
        catchThrowableOfType(TestshardException.class, () -> build().fromEarlierBuild());

    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(e.getMessage()).contains("testshard-module/9").contains("testshard-module/1");
  }

  @Test
  void failsWithAUsageErrorWhenNoEarlierBuildLeftADescription() throws IOException {
    Files.createDirectories(project.resolve("target/test-classes"));

    TestshardException e =
        catchThrowableOfType(TestshardException.class, () -> build().fromEarlierBuild());

    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
    assertThat(e.getMessage()).contains(project.toString()).contains("--no-build");
  }

  @Test
  void recognisesAMavenProjectByItsPom() throws IOException {
    assertThat(MavenBuild.isMavenProject(project)).isTrue();
    assertThat(MavenBuild.isMavenProject(Files.createDirectories(dir.resolve("gradle")))).isFalse();
  }

  /** A module as a testshard build leaves it: compiled tests and the plugin's description. */
  private Path module(String relative, String... jars) throws IOException {
    Path module = relative.isEmpty() ? project : project.resolve(relative);
    write(module, execution("default-test", false, module, jars));
    return module;
  }

  private static void write(Path module, String executions) throws IOException {
    Files.createDirectories(module.resolve("target/test-classes"));
    Files.createDirectories(module.resolve("target/classes"));
    Files.writeString(
        module.resolve("target/testshard-module.json"), description(module, executions));
  }

  private static String description(Path module, String executions) {
    return """
        {
          "format": "testshard-module/1",
          "groupId": "com.acme", "artifactId": "shop", "version": "1.0", "packaging": "jar",
          "basedir": "%1$s",
          "testClassesDirectory": "%1$s/target/test-classes",
          "classesDirectory": "%1$s/target/classes",
          "localRepository": "/repo",
          "futureField": {"readers": "ignore it"},
          "executions": [%2$s]
        }
        """
        .formatted(module, executions);
  }

  /** One execution in the plugin's format (docs/module-format.md). */
  private static String execution(String id, boolean skip, Path module, String... jars) {
    StringBuilder classpath =
        new StringBuilder(
            "\"%1$s/target/test-classes\", \"%1$s/target/classes\"".formatted(module));
    for (String jar : jars) {
      classpath.append(", \"").append(jar).append('"');
    }
    return """
        {
          "id": "%s", "plugin": "surefire", "pluginVersion": "3.5.2",
          "skip": %s, "skipReason": %s, "provider": "junit-platform",
          "classpath": [%s],
          "providerClasspath": [],
          "workingDirectory": "%s",
          "argLine": null,
          "systemProperties": {"flavour": "vanilla"},
          "environment": {"TZ": "UTC"},
          "excludedEnvironmentVariables": [],
          "includes": ["**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java"],
          "excludes": ["**/*$*"],
          "specificTests": false,
          "groups": null, "excludedGroups": null,
          "configurationParameters": {},
          "includeEngines": [], "excludeEngines": [],
          "failIfNoSpecifiedTests": true, "failIfNoTests": false,
          "warnings": []
        }"""
        .formatted(id, skip, skip ? "\"skipTests\"" : "null", classpath, module);
  }

  private MavenBuild build() {
    return new MavenBuild(project, List.of(), dir.resolve("build.log"), line -> {});
  }
}
