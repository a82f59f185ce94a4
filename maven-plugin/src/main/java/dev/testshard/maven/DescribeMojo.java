package dev.testshard.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

/**
 * {@code testshard:describe}: writes <code>${project.build.directory}/testshard-module.json</code>
 * for the current module, describing each {@code maven-surefire-plugin:test} execution (or, with
 * {@code -Dtestshard.failsafe=true}, each {@code maven-failsafe-plugin:integration-test}) exactly
 * as the plugin would see it if the build went on to that phase. It reads Maven's own execution
 * plan, so profiles, properties and plugin management apply; run it after {@code test-compile} so
 * that what earlier phases set (JaCoCo's {@code argLine}) is seen. It changes nothing else.
 */
@Mojo(name = "describe", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DescribeMojo extends AbstractMojo {
  private static final String FAILSAFE_PROPERTY = "testshard.failsafe";

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Describe Failsafe's integration-test executions instead of Surefire's test executions. */
  @Parameter(property = FAILSAFE_PROPERTY, defaultValue = "false")
  private boolean failsafe;

  private final LifecycleExecutor lifecycleExecutor;
  private final RepositorySystem repositorySystem;
  private final ToolchainManager toolchainManager;

  @Inject
  public DescribeMojo(
      LifecycleExecutor lifecycleExecutor,
      RepositorySystem repositorySystem,
      ToolchainManager toolchainManager) {
    this.lifecycleExecutor = lifecycleExecutor;
    this.repositorySystem = repositorySystem;
    this.toolchainManager = toolchainManager;
  }

  @Override
  public void execute() throws MojoExecutionException {
    TestPlugin plugin = failsafe ? TestPlugin.FAILSAFE : TestPlugin.SUREFIRE;
    ExecutionDescriber.Build build =
        new ExecutionDescriber.Build(
            project,
            userPropertiesOfTheBuild(),
            session.getRepositorySession().getLocalRepository().getBasedir().getAbsolutePath(),
            toolchainManager.getToolchainFromBuildContext("jdk", session) != null,
            new MavenDependencyResolver(
                repositorySystem,
                session.getRepositorySession(),
                project.getRemoteProjectRepositories()),
            new MavenDependencyResolver(
                repositorySystem,
                session.getRepositorySession(),
                project.getRemotePluginRepositories()));
    List<MojoExecution> plan = plan(plugin.lifecyclePhase);
    String[] phases = invokedPhases();
    Set<String> ran = keys(phases.length == 0 ? List.of() : plan(phases));
    List<ExecutionDescription> executions = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      MojoExecution execution = plan.get(i);
      if (plugin.runs(execution)) {
        List<MojoExecution> notRun =
            plan.subList(0, i).stream()
                .filter(earlier -> !TestPlugin.runsAnyTests(earlier) && !ran.contains(key(earlier)))
                .toList();
        MojoConfiguration config =
            new MojoConfiguration(
                execution.getConfiguration(),
                new PluginParameterExpressionEvaluator(session, execution));
        executions.add(
            ExecutionDescriber.describe(
                plugin, execution, config, build, Warnings.notRunBefore(notRun, phases)));
      }
    }
    Path file = Path.of(project.getBuild().getDirectory(), ModuleDescription.FILE_NAME);
    try {
      ModuleJson.write(module(build.localRepository(), executions), file);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog()
        .info("testshard: " + executions.size() + " " + plugin.name + " execution(s) in " + file);
  }

  /**
   * The session's user properties ({@code -D} on the command line) less this goal's own, which
   * would not be there in the build being described.
   */
  private Properties userPropertiesOfTheBuild() {
    Properties properties = new Properties();
    properties.putAll(session.getUserProperties());
    properties.remove(FAILSAFE_PROPERTY);
    return properties;
  }

  /**
   * Maven's plan for the current project up to the phases, each execution's configuration finalized
   * with the mojo's defaults and expressions.
   */
  private List<MojoExecution> plan(String... phases) throws MojoExecutionException {
    try {
      return lifecycleExecutor.calculateExecutionPlan(session, phases).getMojoExecutions();
    } catch (Exception e) {
      throw new MojoExecutionException(
          "Cannot compute the build plan up to "
              + String.join(", ", phases)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The lifecycle phases on this mvn command line (those before the describe goal ran). */
  private String[] invokedPhases() {
    return session.getGoals().stream().filter(goal -> !goal.contains(":")).toArray(String[]::new);
  }

  private static Set<String> keys(List<MojoExecution> executions) {
    return executions.stream().map(DescribeMojo::key).collect(Collectors.toSet());
  }

  private static String key(MojoExecution execution) {
    return execution.getGroupId()
        + ":"
        + execution.getArtifactId()
        + ":"
        + execution.getGoal()
        + "@"
        + execution.getExecutionId();
  }

  private ModuleDescription module(String localRepository, List<ExecutionDescription> executions) {
    return new ModuleDescription(
        ModuleDescription.FORMAT,
        project.getGroupId(),
        project.getArtifactId(),
        project.getVersion(),
        project.getPackaging(),
        project.getBasedir().getAbsolutePath(),
        Path.of(project.getBuild().getTestOutputDirectory()).toAbsolutePath().toString(),
        Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().toString(),
        localRepository,
        executions);
  }
}
