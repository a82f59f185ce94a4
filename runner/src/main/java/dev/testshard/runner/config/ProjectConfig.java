package dev.testshard.runner.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a project's {@code testshard.yaml} says: option values (by long option name without dashes),
 * the test containers' environment, and the services each shard gets.
 *
 * @param source the file it was read from, or null for an empty configuration
 * @param options option values as the user wrote them, e.g. {@code parallel -> 4}
 * @param env environment of every test container (templates allowed), in file order
 * @param services services per shard, in file order
 */
public record ProjectConfig(
    Path source, Map<String, String> options, Map<String, String> env, List<ServiceSpec> services) {

  public static final String FILE_NAME = "testshard.yaml";

  public static final ProjectConfig EMPTY = new ProjectConfig(null, Map.of(), Map.of(), List.of());

  public ProjectConfig {
    options = Map.copyOf(options);
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    services = List.copyOf(services);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The file name for messages, e.g. {@code testshard.yaml}. */
  public String sourceName() {
    return source == null ? FILE_NAME : String.valueOf(source.getFileName());
  }
}
