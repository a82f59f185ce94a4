package dev.testshard.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.resolver.filter.ScopeArtifactFilter;
import org.apache.maven.shared.artifact.filter.PatternIncludesArtifactFilter;

/**
 * The test class path of a forked Surefire JVM, as {@code generateTestClasspath()} and {@code
 * TestClassPath.toClasspath()} build it (Surefire 3.x): the test classes directory, the classes
 * directory, the project's resolved artifacts in Maven's order less those matching {@code
 * classpathDependencyScopeExclude} or {@code classpathDependencyExcludes}, then {@code
 * additionalClasspathElements} (each split at commas) and the resolved {@code
 * additionalClasspathDependencies}. Absolute paths, each once.
 *
 * @param elements the class path, in order
 * @param dependencies the artifacts on it, {@code groupId:artifactId} to version
 */
record TestClasspath(List<String> elements, Map<String, String> dependencies) {
  TestClasspath {
    elements = List.copyOf(elements);
    dependencies = Map.copyOf(dependencies);
  }

  static TestClasspath of(
      File testClassesDirectory,
      File classesDirectory,
      Collection<Artifact> projectArtifacts,
      String scopeExclude,
      List<String> dependencyExcludes,
      List<String> additionalElements,
      List<ResolvedArtifact> additionalDependencies) {
    Set<String> elements = new LinkedHashSet<>();
    elements.add(testClassesDirectory.getAbsolutePath());
    elements.add(classesDirectory.getAbsolutePath());
    Map<String, String> dependencies = new LinkedHashMap<>();
    for (Artifact artifact : filtered(projectArtifacts, scopeExclude, dependencyExcludes)) {
      dependencies.put(
          artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getBaseVersion());
      if (artifact.getArtifactHandler().isAddedToClasspath() && artifact.getFile() != null) {
        elements.add(artifact.getFile().getAbsolutePath());
      }
    }
    for (String element : additionalElements) {
      if (element != null) {
        for (String part : element.split(",")) {
          if (!part.trim().isEmpty()) {
            elements.add(part.trim());
          }
        }
      }
    }
    for (ResolvedArtifact artifact : additionalDependencies) {
      elements.add(artifact.file().getAbsolutePath());
    }
    return new TestClasspath(new ArrayList<>(elements), dependencies);
  }

  private static List<Artifact> filtered(
      Collection<Artifact> artifacts, String scopeExclude, List<String> dependencyExcludes) {
    List<Artifact> kept = new ArrayList<>(artifacts);
    if (scopeExclude != null && !scopeExclude.isEmpty()) {
      ScopeArtifactFilter scope = new ScopeArtifactFilter(scopeExclude);
      kept.removeIf(scope::include);
    }
    List<String> patterns = dependencyExcludes.stream().filter(Objects::nonNull).toList();
    if (!patterns.isEmpty()) {
      PatternIncludesArtifactFilter excludes = new PatternIncludesArtifactFilter(patterns);
      kept.removeIf(excludes::include);
    }
    return kept;
  }
}
