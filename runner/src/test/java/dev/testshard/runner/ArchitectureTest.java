package dev.testshard.runner;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * What each package of the runner may import (docs/architecture.md), checked on the compiled
 * classes: a new import that breaks a rule fails the build with the offending class and line.
 */
@AnalyzeClasses(
    packages = "dev.testshard.runner",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String RUNNER = "dev.testshard.runner.";

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("dev.testshard.runner.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheDockerPackageTouchesDockerJava =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.testshard.runner.docker..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.dockerjava..");

  @ArchTest
  static final ArchRule nothingButTheCliKnowsTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.testshard.runner.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.testshard.runner.cli..");

  @ArchTest
  static final ArchRule theStepsDoNotKnowThePipeline =
      noClasses()
          .that()
          .resideInAPackage("dev.testshard.runner.steps..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.testshard.runner.run..");

  @ArchTest
  static final ArchRule schedulingKnowsNoDocker =
      noClasses()
          .that()
          .haveSimpleNameStartingWith("ShardExecutor")
          .or()
          .haveSimpleName("Retries")
          .or()
          .haveSimpleName("WorkerFeeder")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.testshard.runner.docker..");

  @ArchTest
  static final ArchRule planningIsPure =
      noClasses()
          .that()
          .resideInAPackage("dev.testshard.runner.plan..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.nio.file.Files")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("dev.testshard.runner.docker..");

  @ArchTest
  static final ArchRule theResultsArePure =
      noClasses()
          .that()
          .resideInAPackage("dev.testshard.runner.results..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.nio.file.Files");

  // What each package may import of the runner besides itself and common (docs/architecture.md,
  // "Packages of the runner"); cli may import anything and nothing imports it (rule above).

  @ArchTest
  static final ArchRule run =
      mayImport(
          "run",
          "build docker engine execution history kubernetes plan report results snapshot steps");

  @ArchTest
  static final ArchRule steps =
      mayImport(
          "steps",
          "build config console coverage discovery docker engine execution history kubernetes plan"
              + " report results services snapshot");

  @ArchTest
  static final ArchRule discovery =
      mayImport("discovery", "build docker engine plan protocol results snapshot");

  @ArchTest
  static final ArchRule engine =
      mayImport("engine", "docker execution plan protocol results services snapshot");

  @ArchTest
  static final ArchRule kubernetes =
      mayImport(
          "kubernetes", "config docker engine execution plan protocol results services snapshot");

  @ArchTest static final ArchRule execution = mayImport("execution", "plan protocol results");

  @ArchTest static final ArchRule results = mayImport("results", "plan protocol");

  @ArchTest
  static final ArchRule services = mayImport("services", "config docker plan protocol snapshot");

  @ArchTest static final ArchRule snapshot = mayImport("snapshot", "build coverage docker");

  @ArchTest static final ArchRule report = mayImport("report", "build plan results snapshot");

  @ArchTest static final ArchRule history = mayImport("history", "plan");

  @ArchTest static final ArchRule console = mayImport("console", "plan");

  @ArchTest static final ArchRule config = mayImport("config", "");

  @ArchTest static final ArchRule protocol = mayImport("protocol", "");

  @ArchTest static final ArchRule build = mayImport("build", "");

  @ArchTest static final ArchRule plan = mayImport("plan", "");

  @ArchTest static final ArchRule docker = mayImport("docker", "");

  @ArchTest static final ArchRule coverage = mayImport("coverage", "");

  @ArchTest static final ArchRule common = mayImport("common", "");

  /**
   * Classes of {@code pkg} depend on no package of the runner but {@code allowed} (names separated
   * by spaces), {@code pkg} itself and common.
   */
  private static ArchRule mayImport(String pkg, String allowed) {
    List<String> packages = new ArrayList<>(List.of(RUNNER + pkg + "..", RUNNER + "common.."));
    for (String other : allowed.isEmpty() ? new String[0] : allowed.split(" ")) {
      packages.add(RUNNER + other + "..");
    }
    return classes()
        .that()
        .resideInAPackage(RUNNER + pkg + "..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("dev.testshard.runner..")
                .or(resideInAnyPackage(packages.toArray(String[]::new))))
        .as(pkg + " imports of the runner only " + allowed + " and common");
  }
}
