package dev.testshard.maven;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Resolves dependencies with their transitive runtime dependencies, as Surefire's {@code
 * SurefireDependencyResolver} does for provider and additional class path artifacts: one collection
 * over all roots (so Maven's nearest-wins picks one version per artifact), optional dependencies
 * left out.
 */
interface DependencyResolver {
  List<ResolvedArtifact> resolve(List<Dependency> roots) throws MojoExecutionException;

  static Dependency jar(String groupId, String artifactId, String version) {
    Dependency dependency = new Dependency();
    dependency.setGroupId(groupId);
    dependency.setArtifactId(artifactId);
    dependency.setVersion(version);
    return dependency;
  }
}
