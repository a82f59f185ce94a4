package dev.testshard.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/** {@link DependencyResolver} with Maven's own resolver, session and repositories. */
final class MavenDependencyResolver implements DependencyResolver {
  /**
   * The runtime class path: compile and runtime scope (the resolver's {@code
   * DependencyFilterUtils.classpathFilter(RUNTIME)}, whose module Maven does not export to
   * plugins).
   */
  private static final DependencyFilter RUNTIME =
      (node, parents) ->
          node.getDependency() == null
              || List.of("", "compile", "runtime").contains(node.getDependency().getScope());

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  MavenDependencyResolver(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  @Override
  public List<ResolvedArtifact> resolve(List<Dependency> roots) throws MojoExecutionException {
    if (roots.isEmpty()) {
      return List.of();
    }
    List<org.eclipse.aether.graph.Dependency> dependencies = new ArrayList<>();
    for (Dependency root : roots) {
      dependencies.add(RepositoryUtils.toDependency(root, session.getArtifactTypeRegistry()));
    }
    // No root artifact, as in Surefire, so that optional dependencies of the roots stay out.
    CollectRequest collect = new CollectRequest(dependencies, null, repositories);
    DependencyRequest request = new DependencyRequest(collect, RUNTIME);
    try {
      List<ResolvedArtifact> resolved = new ArrayList<>();
      for (ArtifactResult result :
          system.resolveDependencies(session, request).getArtifactResults()) {
        Artifact a = result.getArtifact();
        resolved.add(
            new ResolvedArtifact(
                a.getGroupId(), a.getArtifactId(), a.getBaseVersion(), a.getFile()));
      }
      return resolved;
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("Cannot resolve " + roots + ": " + e.getMessage(), e);
    }
  }
}
