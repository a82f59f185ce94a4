package dev.testshard.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.artifact.filter.PatternIncludesArtifactFilter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Turns one finalized Surefire or Failsafe mojo execution into its {@link ExecutionDescription}:
 * reads the parameters as Maven injects them ({@link MojoConfiguration}), applies Surefire's own
 * rules to them, resolves the jars the JUnit Platform needs, and collects the warnings.
 */
final class ExecutionDescriber {
  /** What the describer needs of the build besides the execution itself. */
  record Build(
      MavenProject project,
      Properties userProperties,
      String localRepository,
      boolean jdkToolchainInBuildContext,
      DependencyResolver projectResolver,
      DependencyResolver pluginResolver) {}

  private final Build build;
  private final List<String> warnings = new ArrayList<>();

  private ExecutionDescriber(Build build) {
    this.build = build;
  }

  /**
   * @param notRun warnings about what Maven runs before this execution but this build did not
   */
  static ExecutionDescription describe(
      TestPlugin plugin,
      MojoExecution execution,
      MojoConfiguration config,
      Build build,
      List<String> notRun)
      throws MojoExecutionException {
    ExecutionDescriber describer = new ExecutionDescriber(build);
    describer.warnings.addAll(notRun);
    return describer.describe(plugin, execution, config);
  }

  private ExecutionDescription describe(
      TestPlugin plugin, MojoExecution execution, MojoConfiguration config)
      throws MojoExecutionException {
    MavenProject project = build.project();
    String skipReason =
        plugin.skipParameters.stream().filter(p -> config.bool(p, false)).findFirst().orElse(null);
    File basedir = Objects.requireNonNullElse(config.file("basedir"), project.getBasedir());
    File workingDirectory = Objects.requireNonNullElse(config.file("workingDirectory"), basedir);
    Map<String, String> environment = new LinkedHashMap<>();
    config.map("environmentVariables").forEach((k, v) -> environment.put(k, v == null ? "" : v));
    TestSelection selection =
        TestSelection.of(
            config.string("test"),
            config.list("includes"),
            lines(config.file("includesFile")),
            config.list("excludes"),
            lines(config.file("excludesFile")),
            plugin.defaultIncludes);

    File classesDirectory = classesDirectory(plugin, config, project);
    File testClassesDirectory =
        Objects.requireNonNullElse(
            config.file("testClassesDirectory"),
            new File(project.getBuild().getTestOutputDirectory()));
    Map<String, String> projectArtifacts = new LinkedHashMap<>();
    project.getArtifacts().forEach(a -> projectArtifacts.put(key(a), a.getBaseVersion()));
    List<ResolvedArtifact> pluginDependencies =
        build.pluginResolver().resolve(execution.getPlugin().getDependencies());
    Provider provider = provider(config, projectArtifacts, pluginDependencies);
    // Surefire's testng provider runs the suite files instead of its includes and excludes.
    TestNgSuites suites =
        provider == Provider.TESTNG && !selection.specificTests()
            ? suites(config.list("suiteXmlFiles"), basedir)
            : null;
    Map<String, String> configurationParameters = configurationParameters(config);
    String groups = config.string("groups");
    String excludedGroups = config.string("excludedGroups");
    if (suites != null) {
      selection = new TestSelection(suites.includes(), List.of(), suites.methods());
      groups = groups != null ? groups : suites.groups();
      excludedGroups = excludedGroups != null ? excludedGroups : suites.excludedGroups();
      if (!suites.listeners().isEmpty()) {
        configurationParameters.merge(
            "testng.listeners",
            String.join(",", suites.listeners()),
            (own, more) -> own + "," + more);
      }
      warnings.addAll(suites.warnings());
    }
    List<String> dependencyExcludes = new ArrayList<>(config.list("classpathDependencyExcludes"));
    String oldJUnit = junitVintageCannotRun(config, provider, projectArtifacts);
    if (oldJUnit != null) {
      // The Vintage engine refuses JUnit before 4.12; JUnit 4.13.2 (the engine's own) runs
      // JUnit 3.8 tests as they are, so it takes the old jar's place on the class path.
      dependencyExcludes.add(oldJUnit);
    }
    TestClasspath classpath =
        TestClasspath.of(
            testClassesDirectory,
            classesDirectory,
            project.getArtifacts(),
            config.string("classpathDependencyScopeExclude"),
            dependencyExcludes,
            config.list("additionalClasspathElements"),
            additionalDependencies(config));
    List<String> scanDependencies = scanDependencies(config.list("dependenciesToScan"), project);
    // Without test classes Surefire runs nothing ("No tests to run."), nor does testshard.
    boolean hasTests = testClassesDirectory.isDirectory() || !scanDependencies.isEmpty();
    List<String> providerClasspath =
        hasTests && skipReason == null
            ? ProviderClasspath.compute(
                provider,
                classpath.dependencies(),
                platformVersion(projectArtifacts, pluginDependencies),
                pluginDependencies,
                classpath.elements(),
                build.projectResolver())
            : List.of();

    ExecutionDescription description =
        new ExecutionDescription(
            execution.getExecutionId(),
            plugin.name,
            execution.getVersion(),
            skipReason != null,
            skipReason,
            provider.id,
            classpath.elements(),
            providerClasspath,
            workingDirectory.getAbsolutePath(),
            ArgLine.resolve(config.string("argLine"), project.getModel().getProperties()),
            systemProperties(config, basedir, workingDirectory),
            environment,
            config.list("excludedEnvironmentVariables").stream().filter(Objects::nonNull).toList(),
            selection.includes(),
            selection.excludes(),
            selection.specificTests(),
            groups,
            excludedGroups,
            configurationParameters,
            engines(config.list("includeJUnit5Engines")),
            engines(config.list("excludeJUnit5Engines")),
            config.bool("failIfNoSpecifiedTests", true)
                && config.bool("failIfNoSpecifiedTestsDeprecated", true),
            config.bool("failIfNoTests", false),
            config.bool("enableAssertions", true),
            blankToNull(config.string("reportNameSuffix")),
            config.reporterOption("usePhrasedTestCaseMethodName"),
            Provider.rerunFailingTestsCount(
                provider.id, execution.getVersion(), config.integer("rerunFailingTestsCount", 0)),
            Provider.skipAfterFailureCount(
                provider.id,
                execution.getVersion(),
                platformVersion(projectArtifacts, pluginDependencies),
                config.integer("skipAfterFailureCount", 0)),
            config.bool("reuseForks", true),
            suites == null ? Map.of() : suites.parameters(),
            scanDependencies,
            List.of());
    boolean modular = new File(classesDirectory, "module-info.class").isFile();
    warnings.addAll(
        Warnings.of(
            config,
            description,
            new Warnings.Context(
                hasTests, modular, build.jdkToolchainInBuildContext(), projectArtifacts)));
    return description.withWarnings(warnings);
  }

  private Map<String, String> systemProperties(
      MojoConfiguration config, File basedir, File workingDirectory) {
    Map<String, String> properties =
        ForkedSystemProperties.merge(
            config.properties("systemProperties"),
            propertiesFile(config.file("systemPropertiesFile")),
            config.map("systemPropertyVariables"),
            config.bool("promoteUserPropertiesToSystemProperties", true)
                ? build.userProperties()
                : new Properties());
    ForkedSystemProperties.addSurefireOwn(
        properties,
        basedir.getAbsolutePath(),
        build.localRepository(),
        Forks.forking(config.string("forkCount")),
        workingDirectory.getAbsolutePath());
    return properties;
  }

  private static Provider provider(
      MojoConfiguration config,
      Map<String, String> projectArtifacts,
      List<ResolvedArtifact> pluginDependencies) {
    Map<String, String> pluginArtifacts = new LinkedHashMap<>();
    pluginDependencies.forEach(a -> pluginArtifacts.put(a.key(), a.version()));
    return Provider.choose(
        new Provider.Facts(
            projectArtifacts,
            pluginArtifacts,
            config.string("junitArtifactName", "junit:junit"),
            config.string("testNGArtifactName", "org.testng:testng"),
            config.string("parallel"),
            config.string("groups") != null || config.string("excludedGroups") != null));
  }

  /**
   * The {@code groupId:artifactId} of the project's JUnit when a JUnit 3 or 4 provider would run it
   * and it is older than the Vintage engine accepts (4.12), else null.
   */
  static String junitVintageCannotRun(
      MojoConfiguration config, Provider provider, Map<String, String> projectArtifacts) {
    if (provider != Provider.JUNIT3
        && provider != Provider.JUNIT4
        && provider != Provider.JUNIT47) {
      return null;
    }
    String key = config.string("junitArtifactName", "junit:junit");
    String version = projectArtifacts.get(key);
    return Provider.vintageRefuses(version) ? key : null;
  }

  /**
   * Surefire's {@code dependenciesToScan}: the files of the project's test artifacts that a pattern
   * ({@code groupId[:artifactId[:type[:classifier][:version]]]}, wildcards allowed) takes, each a
   * jar or, for a module of the same reactor, its output directory; Surefire scans them for test
   * classes with the execution's includes and excludes, as it scans the test classes directory.
   */
  static List<String> scanDependencies(List<String> patterns, MavenProject project) {
    List<String> kept = patterns.stream().filter(p -> p != null && !p.isBlank()).toList();
    if (kept.isEmpty()) {
      return List.of();
    }
    PatternIncludesArtifactFilter filter = new PatternIncludesArtifactFilter(kept);
    List<String> files = new ArrayList<>();
    for (Artifact artifact : testArtifacts(project)) {
      File file = artifact.getFile();
      if (!filter.include(artifact) || file == null || !file.exists()) {
        continue;
      }
      boolean jar =
          file.isFile()
              && ("jar".equals(artifact.getType())
                  || file.getName().toLowerCase(Locale.ROOT).endsWith(".jar"));
      if ((jar || file.isDirectory()) && !files.contains(file.getAbsolutePath())) {
        files.add(file.getAbsolutePath());
      }
    }
    return List.copyOf(files);
  }

  /** {@code MavenProject.getTestArtifacts()}: the artifacts on the test class path. */
  private static List<Artifact> testArtifacts(MavenProject project) {
    List<Artifact> artifacts = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getArtifactHandler() == null
          || artifact.getArtifactHandler().isAddedToClasspath()) {
        artifacts.add(artifact);
      }
    }
    return artifacts;
  }

  /** Surefire's: the plugin dependencies' {@code junit-platform-engine}, else the project's. */
  private static String platformVersion(
      Map<String, String> projectArtifacts, List<ResolvedArtifact> pluginDependencies) {
    return pluginDependencies.stream()
        .filter(a -> a.key().equals(Provider.PLATFORM_ENGINE))
        .map(ResolvedArtifact::version)
        .findFirst()
        .orElse(projectArtifacts.get(Provider.PLATFORM_COMMONS));
  }

  /** Failsafe tests the packaged jar once there is one, else the classes directory. */
  private static File classesDirectory(
      TestPlugin plugin, MojoConfiguration config, MavenProject project) {
    File configured = config.file("classesDirectory");
    if (plugin == TestPlugin.SUREFIRE || configured != null) {
      return Objects.requireNonNullElse(
          configured, new File(project.getBuild().getOutputDirectory()));
    }
    File artifact = project.getArtifact().getFile();
    if (artifact != null
        && artifact.isFile()
        && artifact.getName().toLowerCase(Locale.ROOT).endsWith(".jar")) {
      return artifact;
    }
    return Objects.requireNonNullElse(
        config.file("defaultClassesDirectory"), new File(project.getBuild().getOutputDirectory()));
  }

  private List<ResolvedArtifact> additionalDependencies(MojoConfiguration config)
      throws MojoExecutionException {
    Xpp3Dom element = config.element("additionalClasspathDependencies");
    if (element == null) {
      return List.of();
    }
    Map<String, ResolvedArtifact> resolved = new LinkedHashMap<>();
    for (Xpp3Dom child : element.getChildren()) {
      for (ResolvedArtifact artifact :
          build.projectResolver().resolve(List.of(dependency(config, child)))) {
        resolved.putIfAbsent(artifact.key(), artifact);
      }
    }
    return List.copyOf(resolved.values());
  }

  private static Dependency dependency(MojoConfiguration config, Xpp3Dom element) {
    Dependency dependency = new Dependency();
    dependency.setGroupId(text(config, element, "groupId"));
    dependency.setArtifactId(text(config, element, "artifactId"));
    dependency.setVersion(text(config, element, "version"));
    dependency.setClassifier(text(config, element, "classifier"));
    String type = text(config, element, "type");
    dependency.setType(type == null ? "jar" : type);
    Xpp3Dom exclusions = element.getChild("exclusions");
    if (exclusions != null) {
      for (Xpp3Dom e : exclusions.getChildren()) {
        Exclusion exclusion = new Exclusion();
        exclusion.setGroupId(text(config, e, "groupId"));
        exclusion.setArtifactId(text(config, e, "artifactId"));
        dependency.addExclusion(exclusion);
      }
    }
    return dependency;
  }

  private static String text(MojoConfiguration config, Xpp3Dom element, String child) {
    Object value = config.value(element.getChild(child));
    return value == null ? null : value.toString();
  }

  /** The suite files' selection, or null when there are none. */
  private static TestNgSuites suites(List<String> suiteXmlFiles, File basedir)
      throws MojoExecutionException {
    List<File> files = new ArrayList<>();
    for (String path : suiteXmlFiles) {
      if (path != null && !path.isBlank()) {
        File file = new File(path.strip());
        files.add(file.isAbsolute() ? file : new File(basedir, path.strip()));
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    try {
      return TestNgSuites.read(files);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** JUnit Platform configuration parameters: {@code properties/configurationParameters}. */
  private Map<String, String> configurationParameters(MojoConfiguration config) {
    String content = config.properties("properties").getProperty("configurationParameters");
    Map<String, String> parameters = new TreeMap<>();
    if (content != null) {
      Properties parsed = new Properties();
      try {
        parsed.load(new StringReader(content));
      } catch (IOException | IllegalArgumentException e) {
        warnings.add("configurationParameters cannot be read as properties: " + e.getMessage());
      }
      parsed.stringPropertyNames().forEach(k -> parameters.put(k, parsed.getProperty(k)));
    }
    return parameters;
  }

  /** Surefire joins the engine list with commas and its provider splits it again. */
  private static List<String> engines(List<String> configured) {
    List<String> engines = new ArrayList<>();
    String joined = String.join(",", configured.stream().filter(Objects::nonNull).toList());
    for (String part : joined.split(",+")) {
      if (!part.isBlank()) {
        engines.add(part.trim());
      }
    }
    return engines;
  }

  /** {@code includesFile} and {@code excludesFile}: trimmed lines, no blanks, no # comments. */
  private List<String> lines(File file) {
    if (file == null) {
      return List.of();
    }
    try {
      return Files.readAllLines(file.toPath(), Charset.defaultCharset()).stream()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      warnings.add("Cannot read " + file + " (" + e + "); Surefire fails the build on it.");
      return List.of();
    }
  }

  private Properties propertiesFile(File file) {
    Properties properties = new Properties();
    if (file != null) {
      try (InputStream in = Files.newInputStream(file.toPath())) {
        properties.load(in);
      } catch (IOException e) {
        warnings.add(
            "Cannot read systemPropertiesFile " + file + " (" + e + "); Surefire ignores it too.");
      }
    }
    return properties;
  }

  private static String key(Artifact artifact) {
    return artifact.getGroupId() + ":" + artifact.getArtifactId();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
