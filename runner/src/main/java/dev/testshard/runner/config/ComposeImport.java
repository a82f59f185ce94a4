package dev.testshard.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the services of a docker-compose file: {@code image}, {@code environment}, {@code command},
 * {@code ports}/{@code expose}, {@code depends_on} and {@code healthcheck} (as the readiness
 * check). Anything else that would change what runs (build, volumes, networks, entrypoint, ...) is
 * an error naming the key, so that nothing is silently ignored. {@code restart} and {@code
 * container_name} are accepted and have no effect: every shard names its own containers and they
 * live as long as the shard. Every value is first interpolated as compose does ({@link
 * ComposeVariables}).
 */
public final class ComposeImport {

  private static final Set<String> TOP_KEYS = Set.of("services", "version", "name");
  private static final Set<String> SERVICE_KEYS =
      Set.of(
          "image",
          "environment",
          "command",
          "ports",
          "expose",
          "depends_on",
          "healthcheck",
          "restart",
          "container_name");
  private static final Set<String> HEALTH_KEYS =
      Set.of("test", "interval", "timeout", "retries", "start_period", "start_interval", "disable");

  private ComposeImport() {}

  /**
   * Reads a compose file, interpolating {@code ${VAR}} as compose does from this process's
   * environment and the {@code .env} file beside the compose file (the environment wins).
   */
  public static List<ServiceSpec> read(Path file) {
    return read(file, System.getenv());
  }

  static List<ServiceSpec> read(Path file, Map<String, String> environment) {
    String name = String.valueOf(file.getFileName());
    JsonNode root = ConfigReader.parse(file, name);
    Map<String, String> variables = ComposeVariables.of(file, environment);
    root = root == null ? null : ComposeVariables.interpolate(root, variables, name);
    ConfigNode top = new ConfigNode(name, "", root);
    top.requireKeys(TOP_KEYS);
    if (!top.has("services")) {
      throw top.error("no services in the compose file");
    }
    List<ServiceSpec> services = new ArrayList<>();
    for (Map.Entry<String, ConfigNode> entry : top.get("services").entries().entrySet()) {
      services.add(service(entry.getKey(), entry.getValue(), variables));
    }
    ServiceOrder.check(services, top.get("services"));
    return services;
  }

  private static ServiceSpec service(
      String serviceName, ConfigNode node, Map<String, String> variables) {
    ConfigReader.checkName(serviceName, node);
    node.requireObject();
    for (String key : node.entries().keySet()) {
      if (!SERVICE_KEYS.contains(key)) {
        throw node.error(
            "'"
                + key
                + "' is not supported by testshard's compose import (supported: image,"
                + " environment, command, ports, expose, depends_on, healthcheck)");
      }
    }
    if (!node.has("image")) {
      throw node.error("a service needs an image (build: is not supported; build it first)");
    }
    List<Integer> ports = new ArrayList<>(ConfigReader.ports(node.get("ports")));
    ports.addAll(ConfigReader.ports(node.get("expose")));
    // Interpolated already: what is left is literal, so testshard's own templates must not see a $.
    List<String> command =
        node.get("command").command().stream().map(ComposeImport::literal).toList();
    Map<String, String> env = new LinkedHashMap<>();
    environment(node.get("environment"), variables).forEach((k, v) -> env.put(k, literal(v)));
    return new ServiceSpec(
        serviceName,
        node.get("image").text(),
        env,
        command,
        ports,
        healthcheck(node.get("healthcheck"), ports),
        List.of(),
        dependsOn(node.get("depends_on")));
  }

  private static List<String> dependsOn(ConfigNode node) {
    if (node.isMissing()) {
      return List.of();
    }
    if (node.isObject()) {
      return List.copyOf(node.entries().keySet());
    }
    return node.items().stream().map(ConfigNode::text).toList();
  }

  /**
   * The compose health check as a readiness check polled every half second (not compose's interval:
   * tests should start as soon as the service is ready), allowed as long as compose would wait:
   * start_period + interval × retries. Without one, a TCP check of the first port.
   */
  private static Readiness healthcheck(ConfigNode node, List<Integer> ports) {
    Duration poll = Readiness.DEFAULT_INTERVAL;
    if (node.isMissing() || "true".equals(node.get("disable").text("false"))) {
      return ports.isEmpty()
          ? Readiness.started()
          : Readiness.tcp(ports.get(0), Readiness.DEFAULT_TIMEOUT, poll);
    }
    node.requireKeys(HEALTH_KEYS);
    List<String> test = node.get("test").command();
    if (!node.get("test").isArray() && !test.isEmpty()) {
      test = List.of("CMD-SHELL", node.get("test").text());
    }
    if (test.isEmpty() || test.get(0).equals("NONE")) {
      return Readiness.started();
    }
    List<String> command =
        switch (test.get(0)) {
          case "CMD" -> test.subList(1, test.size());
          case "CMD-SHELL" ->
              List.of("/bin/sh", "-c", String.join(" ", test.subList(1, test.size())));
          default -> throw node.get("test").error("must start with CMD, CMD-SHELL or NONE");
        };
    Duration interval = node.get("interval").duration(Duration.ofSeconds(30));
    int retries = node.has("retries") ? node.get("retries").integer(1, 10_000) : 3;
    Duration timeout =
        node.get("start_period").duration(Duration.ZERO).plus(interval.multipliedBy(retries));
    return new Readiness.Command(command, timeout, poll);
  }

  /**
   * Compose's environment: a mapping or a list of {@code NAME=value}; a name without a value
   * ({@code - NAME}, or {@code NAME:} with nothing after it) takes the variable of that name from
   * the environment or {@code .env}, and is left out when neither has it.
   */
  private static Map<String, String> environment(ConfigNode node, Map<String, String> variables) {
    Map<String, String> env = new LinkedHashMap<>();
    if (node.isArray()) {
      for (ConfigNode item : node.items()) {
        String entry = item.text();
        int equals = entry.indexOf('=');
        if (equals == 0) {
          throw item.error("expected NAME=value or NAME, not '" + entry + "'");
        }
        if (equals > 0) {
          env.put(entry.substring(0, equals), entry.substring(equals + 1));
        } else if (variables.containsKey(entry)) {
          env.put(entry, variables.get(entry));
        }
      }
      return env;
    }
    if (node.isMissing()) {
      return env;
    }
    node.entries()
        .forEach(
            (name, value) -> {
              if (!value.isMissing()) {
                env.put(name, value.text());
              } else if (variables.containsKey(name)) {
                env.put(name, variables.get(name));
              }
            });
    return env;
  }

  /** Text that {@link Templates} leaves as it is. */
  private static String literal(String text) {
    return text.replace("$", "$$");
  }
}
