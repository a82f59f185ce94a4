package dev.testshard.runner.snapshot;

import dev.testshard.agent.protocol.AgentMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Class data sharing (AppCDS) for the JVMs in the containers. Every one of them loads the agent and
 * the JUnit Platform (launcher, engines, reporting) before the first test: about 1,000 classes from
 * jars. A JVM maps them from an archive only when the archived jars start its class path and no
 * directory comes before them, while Maven puts the project's class directories first. So the agent
 * and the JUnit jars (which hold nothing but {@code org.junit}, {@code junit}, {@code
 * org.opentest4j} and {@code org.apiguardian} classes, which no project defines itself) go first,
 * and the cached dependency image gets an archive of them, made by {@code AgentMain cds} while it
 * is built. Each module's {@code jvm-args} file names the archive when a JVM could start with it,
 * and is empty otherwise.
 *
 * <p>Measured on the 2-core machine (shared), a shard JVM running two classes of multi-package:
 * 2.49 s of CPU without the archive, 2.01 s with it; from the agent's start to its first test 2.05
 * s and 1.37 s (medians of 6).
 */
final class ClassDataSharing {

  static final String DIR = "/testshard/cds";

  private static final Pattern CANDIDATE =
      Pattern.compile("(junit|opentest4j|apiguardian)-.*\\.jar");
  private static final List<String> PACKAGES =
      List.of("org/junit/", "junit/", "org/opentest4j/", "org/apiguardian/");
  private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/\\d+/");

  private ClassDataSharing() {}

  /** Whether a class path entry is a jar of JUnit classes only (see the class comment). */
  static boolean isJUnitJar(Path entry) {
    if (!CANDIDATE.matcher(entry.getFileName().toString()).matches()
        || !Files.isRegularFile(entry)) {
      return false;
    }
    boolean anyClass = false;
    try (ZipFile jar = new ZipFile(entry.toFile())) {
      Enumeration<? extends ZipEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = VERSIONED.matcher(entries.nextElement().getName()).replaceFirst("");
        if (!name.endsWith(".class") || name.equals("module-info.class")) {
          continue;
        }
        if (PACKAGES.stream().noneMatch(name::startsWith)) {
          return false;
        }
        anyClass = true;
      }
    } catch (IOException e) {
      return false;
    }
    return anyClass;
  }

  /** The archive's key for the jars that start a class path. */
  static String key(List<String> prefix) {
    return ContainerLayout.shortHash(String.join(":", prefix));
  }

  /** The argument file the JVMs read: the archive's option, or nothing. */
  static String argsFile(String key) {
    return DIR + "/" + key + ".args";
  }

  /** The Dockerfile step that makes the archive of {@code prefix}, without a shell. */
  static String trainingStep(String key, List<String> prefix) {
    List<String> command =
        AgentCommand.classPath(String.join(":", prefix), List.of("-XX:-UsePerfData"))
            .mode(AgentMode.CDS, List.of(DIR + "/" + key + ".jsa", argsFile(key)));
    StringBuilder step = new StringBuilder("RUN [");
    for (int i = 0; i < command.size(); i++) {
      step.append(i == 0 ? "" : ", ").append(jsonString(command.get(i)));
    }
    return step.append("]\n").toString();
  }

  private static String jsonString(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
