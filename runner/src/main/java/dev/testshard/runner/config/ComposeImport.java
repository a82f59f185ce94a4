package dev.testshard.runner.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the services of a docker-compose file: {@code image}, {@code environment}, {@code command},
 * {@code ports}/{@code expose}, {@code depends_on} and {@code healthcheck} (as the readiness
 * check). Anything else that would change what runs (build, volumes, networks, entrypoint, ...) is
 * an error naming the key, so that nothing is silently ignored. {@code restart} and {@code
 * container_name} are accepted and have no effect: every shard names its own containers and they
 * live as long as the shard.
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
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\\}|\\$([A-Za-z_]\\w*)");

  private ComposeImport() {}

  /** Reads a compose file, interpolating {@code ${VAR}} from this process's environment. */
  public static List<ServiceSpec> read(Path file) {
    return read(file, System.getenv());
  }

  static List<ServiceSpec> read(Path file, Map<String, String> environment) {
    String name = String.valueOf(file.getFileName());
    JsonNode root = ConfigReader.parse(file, name);
    ConfigNode top = new ConfigNode(name, "", root == null ? null : root);
    top.requireKeys(TOP_KEYS);
    if (!top.has("services")) {
      throw top.error("no services in the compose file");
    }
    UnaryOperator<String> interpolate = text -> interpolate(text, environment);
    List<ServiceSpec> services = new ArrayList<>();
    for (Map.Entry<String, ConfigNode> entry : top.get("services").entries().entrySet()) {
      services.add(service(entry.getKey(), entry.getValue(), interpolate));
    }
    ServiceOrder.check(services, top.get("services"));
    return services;
  }

  private static ServiceSpec service(
      String serviceName, ConfigNode node, UnaryOperator<String> interpolate) {
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
    List<String> command = node.get("command").command().stream().map(interpolate).toList();
    var env = new java.util.LinkedHashMap<String, String>();
    node.get("environment").environment().forEach((k, v) -> env.put(k, interpolate.apply(v)));
    return new ServiceSpec(
        serviceName,
        interpolate.apply(node.get("image").text()),
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
    return new Readiness(Readiness.Kind.CMD, 0, null, 0, null, 1, command, timeout, poll);
  }

  static String interpolate(String text, Map<String, String> environment) {
    return VARIABLE
        .matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(variable(match, environment)));
  }

  /** {@code $$}, {@code $VAR}, {@code ${VAR}}, {@code ${VAR-default}}, {@code ${VAR:-default}}. */
  private static String variable(MatchResult match, Map<String, String> environment) {
    if (match.group().equals("$$")) {
      return "$";
    }
    String value = environment.get(match.group(1) != null ? match.group(1) : match.group(3));
    String fallback = match.group(2) == null ? "" : match.group(2);
    boolean emptyIsUnset = match.group().contains(":-");
    return value != null && !(value.isEmpty() && emptyIsUnset) ? value : fallback;
  }
}
