package dev.testshard.runner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What each package of the runner may import (docs/architecture.md), checked on the compiled
 * classes: a new import that breaks a rule fails the build with the offending class and line.
 */
@AnalyzeClasses(
    packages = "dev.testshard.runner",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
}
