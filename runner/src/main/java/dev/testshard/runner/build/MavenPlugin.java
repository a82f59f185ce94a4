package dev.testshard.runner.build;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.common.TestshardVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * testshard's Maven plugin, which reads each module's effective Surefire configuration inside the
 * project's own Maven. It ships beside the CLI ({@code maven-plugin/} next to the runner's jar) and
 * is placed into the project's local Maven repository before the build, so that Maven resolves it
 * by its coordinates without any remote repository.
 */
public final class MavenPlugin {

  public static final String GROUP_ID = "dev.testshard";
  public static final String ARTIFACT_ID = "testshard-maven-plugin";

  /** Overrides where the plugin's jar is (its POM is beside it, same name, {@code .pom}). */
  static final String JAR_PROPERTY = "testshard.maven-plugin";

  /** Beside the plugin's jar in the local repository: where the CLI is, for testshard:test. */
  static final String CLI_POINTER = "testshard-cli.properties";

  private static final Pattern LOCAL_REPOSITORY =
      Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");

  private final String version;
  private final Path jar;
  private final Path pom;

  MavenPlugin(String version, Path jar, Path pom) {
    this.version = version;
    this.jar = jar;
    this.pom = pom;
  }

  /** The plugin shipped with this CLI. */
  public static MavenPlugin shipped() {
    String version = TestshardVersion.get();
    String configured = System.getProperty(JAR_PROPERTY);
    Path jar =
        configured != null
            ? Path.of(configured)
            : codeDirectory().resolve("maven-plugin").resolve(ARTIFACT_ID + "-" + version + ".jar");
    Path pom = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".pom"));
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(pom)) {
      throw new TestshardException(
          ExitCodes.INTERNAL,
          "testshard's Maven plugin is missing (looked for "
              + jar
              + " and its .pom); rebuild testshard");
    }
    return new MavenPlugin(version, jar, pom);
  }

  /** The goal that writes each module's description, with full coordinates. */
  public String describeGoal() {
    return GROUP_ID + ":" + ARTIFACT_ID + ":" + version + ":describe";
  }

  /**
   * Places the jar and POM into the local repository (when not already there with the same bytes),
   * where Maven finds an artifact installed locally without asking a remote repository.
   */
  public void installInto(Path localRepository) {
    Path dir =
        localRepository.resolve(GROUP_ID.replace('.', '/')).resolve(ARTIFACT_ID).resolve(version);
    try {
      Files.createDirectories(dir);
      copyIfChanged(pom, dir.resolve(ARTIFACT_ID + "-" + version + ".pom"));
      copyIfChanged(jar, dir.resolve(ARTIFACT_ID + "-" + version + ".jar"));
      recordCli(dir);
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "cannot put testshard's Maven plugin into the local repository " + dir + ": " + e,
          e);
    }
  }

  /**
   * The local repository the project's Maven uses: {@code -Dmaven.repo.local} in the extra Maven
   * arguments or the project's {@code .mvn/maven.config}, else {@code localRepository} of the
   * user's {@code settings.xml}, else {@code ~/.m2/repository}.
   */
  public static Path localRepository(Path projectDir, List<String> mavenArgs, Path userHome) {
    String fromArgs = repoLocal(mavenArgs);
    if (fromArgs == null) {
      Path config = projectDir.resolve(".mvn/maven.config");
      if (Files.isRegularFile(config)) {
        try {
          fromArgs = repoLocal(Arrays.asList(Files.readString(config).strip().split("\\s+")));
        } catch (IOException e) {
          // Maven reads the same file and will say what is wrong with it
        }
      }
    }
    if (fromArgs != null) {
      return projectDir.resolve(expandHome(fromArgs, userHome)).toAbsolutePath().normalize();
    }
    Path settings = userHome.resolve(".m2/settings.xml");
    if (Files.isRegularFile(settings)) {
      try {
        Matcher matcher = LOCAL_REPOSITORY.matcher(Files.readString(settings));
        if (matcher.find()) {
          return Path.of(expandHome(matcher.group(1), userHome)).toAbsolutePath().normalize();
        }
      } catch (IOException e) {
        // unreadable settings: Maven's default then
      }
    }
    return userHome.resolve(".m2/repository");
  }

  private static String repoLocal(List<String> args) {
    String found = null;
    for (String arg : args) {
      if (arg.startsWith("-Dmaven.repo.local=")) {
        found = arg.substring("-Dmaven.repo.local=".length());
      }
    }
    return found;
  }

  private static String expandHome(String path, Path userHome) {
    return path.replace("${user.home}", userHome.toString())
        .replaceFirst("^~(?=/|$)", userHome.toString());
  }

  private static void copyIfChanged(Path from, Path to) throws IOException {
    if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1) {
      return;
    }
    Path partial =
        to.resolveSibling(to.getFileName() + ".testshard-" + ProcessHandle.current().pid());
    Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Tells the plugin's {@code testshard:test} goal where this CLI's jar is: {@value #CLI_POINTER}
   * beside the plugin's jar, {@code jar=PATH} (nothing when the CLI runs from its classes directory
   * without a packaged jar beside it).
   */
  private static void recordCli(Path pluginDirectory) throws IOException {
    Path cliJar = codeDirectory().resolve("testshard.jar");
    if (!Files.isRegularFile(cliJar)) {
      return;
    }
    Properties pointer = new Properties();
    pointer.setProperty("jar", cliJar.toAbsolutePath().toString());
    StringWriter text = new StringWriter();
    pointer.store(text, "the testshard CLI that installed this plugin (testshard:test runs it)");
    Path file = pluginDirectory.resolve(CLI_POINTER);
    String content = text.toString().replaceFirst("(?m)^#(?!.*testshard).*\\R", "");
    if (!Files.isRegularFile(file) || !Files.readString(file).equals(content)) {
      Path partial =
          file.resolveSibling(file.getFileName() + ".testshard-" + ProcessHandle.current().pid());
      Files.writeString(partial, content);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path codeDirectory() {
    try {
      Path code =
          Path.of(MavenPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // runner/target/testshard.jar or runner/target/classes: both beside maven-plugin/
      return code.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the runner's own location is not a path", e);
    }
  }
}
