package dev.testshard.runner.snapshot;

import dev.testshard.runner.build.TestModule;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supplies the JUnit Platform launcher jar that match a module's engines. The launcher must be the
 * same platform version as the engines, in both directions (docs/architecture.md, "Facts"), so like
 * Maven Surefire we use the project's own launcher when it has one, and otherwise fetch the
 * launcher at the version of the project's junit-platform-engine. Fetched jars are cached under
 * {@code ~/.cache/testshard/junit-platform/VERSION}.
 */
public final class PlatformJars {

  private static final Pattern ENGINE = Pattern.compile("junit-platform-engine-(.+)\\.jar");

  private final Path cacheDir;

  public PlatformJars(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  public static PlatformJars inUserCache() {
    return new PlatformJars(
        Path.of(System.getProperty("user.home"), ".cache", "testshard", "junit-platform"));
  }

  /** The jars to append to the module's test class path (empty when it has all it needs). */
  public List<Path> missingJars(TestModule module) {
    String engineVersion = null;
    boolean hasLauncher = false;
    for (Path entry : module.classpath()) {
      String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
      Matcher engine = ENGINE.matcher(name);
      if (engine.matches()) {
        engineVersion = engine.group(1);
      } else if (name.startsWith("junit-platform-launcher-") && name.endsWith(".jar")) {
        hasLauncher = true;
      }
    }
    if (engineVersion == null) {
      engineVersion = versionFromManifests(module).orElse(null);
    }
    if (engineVersion == null) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "module "
              + module.id()
              + " has no JUnit Platform engine on its test class path: add junit-jupiter, or"
              + " junit-vintage-engine for JUnit 4 tests");
    }
    List<Path> jars = new ArrayList<>();
    if (!hasLauncher) {
      jars.add(fetch("junit-platform-launcher", engineVersion));
    }
    return jars;
  }

  private static Optional<String> versionFromManifests(TestModule module) {
    for (Path entry : module.classpath()) {
      if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
        continue;
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        var manifest = jar.getManifest();
        if (manifest != null
            && "org.junit.platform.engine"
                .equals(manifest.getMainAttributes().getValue("Automatic-Module-Name"))) {
          return Optional.ofNullable(
              manifest.getMainAttributes().getValue("Implementation-Version"));
        }
      } catch (IOException e) {
        // not a readable jar: not the engine
      }
    }
    return Optional.empty();
  }

  private Path fetch(String artifact, String version) {
    Path dir = cacheDir.resolve(version);
    Path jar = dir.resolve(artifact + "-" + version + ".jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    List<String> command =
        List.of(
            "mvn",
            "-B",
            "-q",
            "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
            "-Dartifact=org.junit.platform:" + artifact + ":" + version,
            "-DoutputDirectory=" + dir);
    try {
      Files.createDirectories(dir);
      Path log = Files.createTempFile("testshard-fetch", ".log");
      int exit = Processes.toLog(command, dir, log);
      if (exit != 0 || !Files.isRegularFile(jar)) {
        throw new TestshardException(
            ExitCodes.USAGE,
            "cannot fetch org.junit.platform:"
                + artifact
                + ":"
                + version
                + " with Maven (log: "
                + log
                + "); add it to the project's test dependencies instead");
      }
      Files.deleteIfExists(log);
      return jar;
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE, "cannot fetch " + artifact + " " + version + ": " + e.getMessage(), e);
    }
  }
}
