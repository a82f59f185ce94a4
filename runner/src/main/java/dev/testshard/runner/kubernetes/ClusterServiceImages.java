package dev.testshard.runner.kubernetes;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.EngineException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which image the cluster runs for each service: the very image a local run would use. An image
 * that came from a registry is pinned by its digest there ({@code postgres@sha256:...}), so the
 * nodes pull the same bytes from the same place; an image built on this machine, which no node
 * could pull, is pushed to the run's registry beside the run's image (once per image: its tag is
 * its id). An image the local engine lacks is left to the cluster as written.
 */
final class ClusterServiceImages {

  private ClusterServiceImages() {}

  /**
   * @return the reference each service's container pulls, by service name
   * @throws TestshardException (exit 4) when a local image cannot be pushed
   */
  static Map<String, String> resolve(
      ContainerEngine engine,
      List<ServiceSpec> services,
      KubernetesTarget target,
      Consumer<String> say) {
    Map<String, String> byImage = new LinkedHashMap<>();
    Map<String, String> byService = new LinkedHashMap<>();
    for (ServiceSpec service : services) {
      String reference =
          byImage.computeIfAbsent(service.image(), image -> reference(engine, image, target, say));
      byService.put(service.name(), reference);
    }
    return byService;
  }

  private static String reference(
      ContainerEngine engine, String image, KubernetesTarget target, Consumer<String> say) {
    Optional<String> id = engine.imageId(image);
    if (id.isEmpty()) {
      return image;
    }
    Optional<String> pinned = pinned(image, engine.repoDigests(image));
    if (pinned.isPresent()) {
      return pinned.get();
    }
    String pushed = target.registry() + ":" + tag(image, id.get());
    long start = System.nanoTime();
    try {
      engine.push(image, pushed);
    } catch (EngineException e) {
      throw new TestshardException(
          ExitCodes.INFRASTRUCTURE,
          "the service image "
              + image
              + " could not be pushed as "
              + pushed
              + ": "
              + e.getMessage(),
          e);
    }
    say.accept(
        String.format(
            Locale.ROOT,
            "service image %s (built here) pushed as %s in %.1f s",
            image,
            pushed,
            (System.nanoTime() - start) / 1e9));
    return pushed;
  }

  /**
   * The digest reference of {@code image} in its own repository, if the engine has one: the
   * repository of a digest must be the image's (an image pushed elsewhere was still built here).
   */
  static Optional<String> pinned(String image, List<String> repoDigests) {
    String repository = normalized(repository(image));
    for (String digest : repoDigests) {
      int at = digest.indexOf('@');
      if (at > 0 && normalized(digest.substring(0, at)).equals(repository)) {
        return Optional.of(digest);
      }
    }
    return Optional.empty();
  }

  /** The image's repository: without its tag or digest. */
  static String repository(String image) {
    String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
  }

  /** Docker Hub's implied prefixes dropped, as the engine writes its digests. */
  private static String normalized(String repository) {
    String name = repository;
    for (String prefix : List.of("docker.io/", "index.docker.io/", "registry-1.docker.io/")) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
      }
    }
    return name.startsWith("library/") ? name.substring("library/".length()) : name;
  }

  /** {@code service-<repository's last part>-<12 digits of the id>}: a valid tag. */
  static String tag(String image, String imageId) {
    String repository = repository(image);
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    String hex = imageId.startsWith("sha256:") ? imageId.substring(7) : imageId;
    String part = last.replaceAll("[^A-Za-z0-9_.-]", "-");
    return "service-"
        + part.substring(0, Math.min(100, part.length()))
        + "-"
        + hex.substring(0, Math.min(12, hex.length()));
  }
}
