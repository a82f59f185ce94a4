package dev.testshard.runner.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    module("services/api", "/repo/jackson.jar:/repo/junit.jar");

    ProjectBuild build = build().fromEarlierBuild();

    assertThat(build.projectDir()).isEqualTo(project);
    assertThat(build.modules())
        .extracting(TestModule::id)
        .containsExactlyInAnyOrder("shop", "services/api");
  }

  @Test
  void givesEachModuleItsTestClassesClassesAndDependenciesInOrder() throws IOException {
    Path api = module("services/api", "/repo/jackson.jar:/repo/junit.jar\n");
    Files.createDirectories(api.resolve("target/classes"));

    TestModule module = build().fromEarlierBuild().modules().get(0);

    assertThat(module.id()).isEqualTo("services/api");
    assertThat(module.directory()).isEqualTo(api);
    assertThat(module.testRoots()).containsExactly(api.resolve("target/test-classes"));
    assertThat(module.classpath())
        .containsExactly(
            api.resolve("target/test-classes"),
            api.resolve("target/classes"),
            Path.of("/repo/jackson.jar"),
            Path.of("/repo/junit.jar"));
  }

  @Test
  void leavesOutTheClassesDirectoryWhenAModuleHasNone() throws IOException {
    Path root = module("", "/repo/junit.jar");

    TestModule module = build().fromEarlierBuild().modules().get(0);

    assertThat(module.classpath())
        .containsExactly(root.resolve("target/test-classes"), Path.of("/repo/junit.jar"));
  }

  @Test
  void namesTheRootModuleAfterTheProjectDirectory() throws IOException {
    module("", "");

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("shop");
  }

  @Test
  void skipsAModuleWithoutTestClasses() throws IOException {
    module("services/api", "/repo/junit.jar");
    Path lib = Files.createDirectories(project.resolve("lib/target"));
    Files.writeString(lib.resolve("testshard-classpath.txt"), "/repo/junit.jar");

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("services/api");
  }

  @Test
  void ignoresClassPathFilesUnderSourceAndHiddenDirectories() throws IOException {
    module("app", "/repo/junit.jar");
    for (String ignored : List.of("src/it/demo", ".cache/old")) {
      Path stale = project.resolve(ignored);
      Files.createDirectories(stale.resolve("target/test-classes"));
      Files.writeString(stale.resolve("target/testshard-classpath.txt"), "/repo/old.jar");
    }

    assertThat(build().fromEarlierBuild().modules())
        .extracting(TestModule::id)
        .containsExactly("app");
  }

  @Test
  void failsWithAUsageErrorWhenNoEarlierBuildLeftAClassPath() throws IOException {
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

  /** A module as a testshard build leaves it: test classes and the resolved class path file. */
  private Path module(String relative, String classpath) throws IOException {
    Path module = relative.isEmpty() ? project : project.resolve(relative);
    Files.createDirectories(module.resolve("target/test-classes"));
    Files.writeString(module.resolve("target/testshard-classpath.txt"), classpath);
    return module;
  }

  private MavenBuild build() {
    return new MavenBuild(
        project, List.of(), dir.resolve("build.log"), new PrintWriter(new StringWriter()));
  }
}
