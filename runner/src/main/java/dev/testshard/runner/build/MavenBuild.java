package dev.testshard.runner.build;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compiles a Maven project with its own Maven ({@code ./mvnw} when present, else {@code mvn}) and
 * has testshard's Maven plugin write, per module, its test class path and the effective
 * configuration of each execution of Surefire's test goal ({@link ModuleDescription}).
 */
public final class MavenBuild {

  /** Where the plugin writes each module's description, relative to the module. */
  static final String DESCRIPTION_FILE = "target/testshard-module.json";

  private final Path projectDir;
  private final List<String> mavenArgs;

  /** Less free space than this where the build writes is taken as the cause of its failure. */
  private static final long NEARLY_FULL_BYTES = 1 << 20;

  private final Path logFile;
  private final Consumer<String> errors;

  public MavenBuild(
      Path projectDir, List<String> mavenArgs, Path logFile, Consumer<String> errors) {
    this.projectDir = projectDir;
    this.mavenArgs = List.copyOf(mavenArgs);
    this.logFile = logFile;
    this.errors = errors;
  }

  public static boolean isMavenProject(Path projectDir) {
    return Files.isRegularFile(projectDir.resolve("pom.xml"));
  }

  /** Runs the build; a failing build throws with exit code 2 after showing Maven's errors. */
  public ProjectBuild build(MavenPlugin plugin) {
    deleteStaleDescriptions();
    plugin.installInto(
        MavenPlugin.localRepository(
            projectDir, mavenArgs, Path.of(System.getProperty("user.home"))));
    List<String> command = new ArrayList<>(mavenCommand());
    command.add("-B");
    // As far as Maven goes before running the tests: what runs after test-compile (a test class
    // obfuscated or enhanced in process-test-classes) is what Surefire's JVM sees.
    command.add("process-test-classes");
    command.add(plugin.describeGoal());
    command.addAll(mavenArgs);
    int exit;
    try {
      Files.createDirectories(logFile.getParent());
      exit = Processes.toLog(command, projectDir, logFile);
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "cannot run " + command.get(0) + ": " + e.getMessage() + " (is Maven installed?)",
          e);
    }
    if (exit != 0) {
      showErrors();
      throw new TestshardException(
          ExitCodes.USAGE,
          "the Maven build failed (exit code "
              + exit
              + ")"
              + fullDisk()
              + "; full log: "
              + logFile);
    }
    return fromEarlierBuild();
  }

  /** The modules as an earlier build left them ({@code --no-build}). */
  public ProjectBuild fromEarlierBuild() {
    List<Path> descriptionFiles = findDescriptions();
    if (descriptionFiles.isEmpty()) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "no module description from an earlier testshard build in "
              + projectDir
              + "; run without --no-build or give --classpath");
    }
    List<TestModule> modules = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path file : descriptionFiles) {
      Path moduleDir = file.getParent().getParent();
      ModuleDescription description = ModuleDescription.read(file);
      Path testClasses =
          description.testClassesDirectory() != null
              ? description.testClassesDirectory()
              : moduleDir.resolve("target/test-classes");
      String id = moduleId(moduleDir);
      boolean first = true;
      for (ModuleDescription.Execution execution : description.executions()) {
        // The test classes, then what dependenciesToScan adds, as Surefire scans them.
        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(testClasses)) {
          roots.add(testClasses);
        }
        execution.scanDependencies().stream().filter(Files::exists).forEach(roots::add);
        String executionId = first ? id : id + "-" + execution.id();
        first = false;
        if (roots.isEmpty()) {
          continue;
        }
        if (execution.skip()) {
          notes.add(
              "module "
                  + id
                  + ": Surefire execution "
                  + execution.id()
                  + " is skipped ("
                  + execution.skipReason()
                  + "); testshard skips it too");
          continue;
        }
        for (String warning : execution.warnings()) {
          notes.add("module " + id + " (" + execution.id() + "): " + warning);
        }
        List<Path> classpath = new ArrayList<>(execution.classpath());
        for (Path jar : execution.providerClasspath()) {
          if (!classpath.contains(jar)) {
            classpath.add(jar);
          }
        }
        modules.add(
            new TestModule(
                executionId, moduleDir, roots, classpath, TestSettings.of(description, execution)));
      }
    }
    return new ProjectBuild(projectDir, modules, notes);
  }

  private String moduleId(Path moduleDir) {
    Path relative = projectDir.relativize(moduleDir);
    String id = relative.toString().replace(File.separatorChar, '/');
    return id.isEmpty() ? projectDir.getFileName().toString() : id;
  }

  private List<String> mavenCommand() {
    Path wrapper = projectDir.resolve("mvnw");
    if (Files.isRegularFile(wrapper)) {
      return Files.isExecutable(wrapper) ? List.of(wrapper.toString()) : List.of("sh", "mvnw");
    }
    return List.of("mvn");
  }

  /**
   * Names a full file system where the build writes (the project's {@code target/}, the log), the
   * likely reason for the failure, or nothing.
   */
  private String fullDisk() {
    for (Path dir : List.of(projectDir, logFile.getParent())) {
      try {
        if (Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL_BYTES) {
          return ": no space left on device in " + dir;
        }
      } catch (IOException e) {
        // no answer: say nothing more
      }
    }
    return "";
  }

  private void showErrors() {
    try {
      List<String> errors = new ArrayList<>();
      for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
        if (line.startsWith("[ERROR]") && !isMavenBoilerplate(line)) {
          errors.add(line);
        }
      }
      // The first errors name the cause; Maven's generic help lines follow them.
      errors.stream().distinct().limit(15).forEach(this.errors);
    } catch (IOException e) {
      // the log is named in the exception message anyway
    }
  }

  /** Maven's generic advice after every failure, which says nothing about this one. */
  static boolean isMavenBoilerplate(String line) {
    String text = line.substring("[ERROR]".length()).strip();
    return text.isEmpty()
        || text.startsWith("-> [Help")
        || text.startsWith("[Help ")
        || text.startsWith("To see the full stack trace")
        || text.startsWith("Re-run Maven")
        || text.startsWith("For more information about the errors")
        || text.startsWith("After correcting the problems")
        || text.startsWith("mvn <args>");
  }

  private void deleteStaleDescriptions() {
    for (Path file : findDescriptions()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a stale file we cannot delete is overwritten by the build
      }
    }
  }

  private List<Path> findDescriptions() {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          projectDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(projectDir)
                  && (name.startsWith(".") || name.equals("node_modules") || name.equals("src"))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (name.equals("target")) {
                Path file = dir.resolve("testshard-module.json");
                if (Files.isRegularFile(file)) {
                  found.add(file);
                }
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + projectDir + ": " + e);
    }
    found.sort(null);
    return found;
  }
}
