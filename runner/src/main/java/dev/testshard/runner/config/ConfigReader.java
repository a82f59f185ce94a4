package dev.testshard.runner.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code testshard.yaml}. Everything is checked here, so that a mistake in the file is one
 * line naming the file and the key (exit 2) before anything starts; unknown keys are errors, never
 * ignored.
 */
public final class ConfigReader {

  static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");

  private static final Set<String> SERVICE_KEYS =
      Set.of("image", "env", "command", "ports", "ready", "setup", "depends-on");
  private static final Set<String> READY_KEYS =
      Set.of("tcp", "http", "log", "cmd", "times", "timeout", "interval");
  private static final Set<String> HTTP_KEYS = Set.of("port", "path", "status");
  private static final Set<String> SETUP_KEYS = Set.of("run", "in");

  private ConfigReader() {}

  /** Reads a configuration file; a missing or malformed file is a usage error. */
  public static ProjectConfig read(Path file) {
    String name = String.valueOf(file.getFileName());
    JsonNode root = parse(file, name);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new ProjectConfig(file, Map.of(), Map.of(), List.of());
    }
    return fromTree(new ConfigNode(name, "", root), file);
  }

  /** The YAML tree of a file, with duplicate keys rejected. */
  static JsonNode parse(Path file, String name) {
    YAMLMapper mapper = new YAMLMapper();
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    try {
      return mapper.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new TestshardException(ExitCodes.USAGE, "configuration file " + file + " not found");
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      String at =
          location == null
              ? ""
              : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      // SnakeYAML's message quotes the source with a caret on indented lines: keep the rest.
      String why =
          String.join(
              ": ",
              e.getOriginalMessage()
                  .lines()
                  .filter(l -> !l.isBlank() && !l.startsWith(" "))
                  .toList());
      throw new TestshardException(ExitCodes.USAGE, name + ": not valid YAML" + at + ": " + why);
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  static ProjectConfig fromTree(ConfigNode root, Path file) {
    root.requireObject();
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> env = Map.of();
    List<ServiceSpec> services = List.of();
    for (Map.Entry<String, ConfigNode> entry : root.entries().entrySet()) {
      String key = entry.getKey();
      ConfigNode value = entry.getValue();
      switch (key) {
        case "env" -> env = value.environment();
        case "services" -> services = services(value, file);
        default -> {
          if (value.isObject() || value.isArray()) {
            throw value.error("expected a single value for the option --" + key);
          }
          options.put(key, value.text(""));
        }
      }
    }
    return new ProjectConfig(file, options, env, services);
  }

  private static List<ServiceSpec> services(ConfigNode node, Path file) {
    Map<String, ServiceSpec> services = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      if (entry.getKey().equals("from")) {
        Path compose = file.resolveSibling(entry.getValue().text());
        for (ServiceSpec service : ComposeImport.read(compose)) {
          services.put(service.name(), service);
        }
      } else {
        services.put(entry.getKey(), service(entry.getKey(), entry.getValue()));
      }
    }
    List<ServiceSpec> list = new ArrayList<>(services.values());
    ServiceOrder.check(list, node);
    return list;
  }

  private static ServiceSpec service(String name, ConfigNode node) {
    checkName(name, node);
    node.requireKeys(SERVICE_KEYS);
    if (!node.has("image")) {
      throw node.error("a service needs an image");
    }
    List<Integer> ports = ports(node.get("ports"));
    Readiness ready = readiness(node.get("ready"), ports);
    List<SetupStep> setup = new ArrayList<>();
    for (ConfigNode step : node.get("setup").items()) {
      step.requireKeys(SETUP_KEYS);
      List<String> command = step.get("run").command();
      if (command.isEmpty()) {
        throw step.error("a setup step needs 'run' with a command");
      }
      String in = step.get("in").text("service");
      if (!in.equals("service") && !in.equals("test")) {
        throw step.get("in").error("expected 'service' or 'test', not '" + in + "'");
      }
      setup.add(new SetupStep(command, in.equals("test")));
    }
    List<String> dependsOn = node.get("depends-on").items().stream().map(ConfigNode::text).toList();
    return new ServiceSpec(
        name,
        node.get("image").text(),
        node.get("env").environment(),
        node.get("command").command(),
        ports,
        ready,
        setup,
        dependsOn);
  }

  static void checkName(String name, ConfigNode node) {
    if (!SERVICE_NAME.matcher(name).matches()) {
      throw node.error(
          "'"
              + name
              + "' cannot be a service name: use lower-case letters, digits, '.', '_' and '-'"
              + " (it becomes a host name)");
    }
  }

  /** Ports as numbers; compose's {@code "8080:80"} and {@code "80/tcp"} give the container port. */
  static List<Integer> ports(ConfigNode node) {
    List<Integer> ports = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String text = item.text();
      String port = text.contains(":") ? text.substring(text.lastIndexOf(':') + 1) : text;
      port = port.replaceFirst("/(tcp|udp)$", "");
      try {
        int number = Integer.parseInt(port.strip());
        if (number < 1 || number > 65535) {
          throw item.error("not a port: " + text);
        }
        ports.add(number);
      } catch (NumberFormatException e) {
        throw item.error("not a port: " + text);
      }
    }
    return ports;
  }

  private static Readiness readiness(ConfigNode node, List<Integer> ports) {
    if (node.isMissing()) {
      return ports.isEmpty()
          ? Readiness.started()
          : Readiness.tcp(ports.get(0), Readiness.DEFAULT_TIMEOUT, Readiness.DEFAULT_INTERVAL);
    }
    node.requireKeys(READY_KEYS);
    List<String> kinds = List.of("tcp", "http", "log", "cmd").stream().filter(node::has).toList();
    if (kinds.size() != 1) {
      throw node.error("give exactly one of tcp, http, log, cmd (found " + kinds.size() + ")");
    }
    var timeout = node.get("timeout").duration(Readiness.DEFAULT_TIMEOUT);
    var interval = node.get("interval").duration(Readiness.DEFAULT_INTERVAL);
    int times = node.has("times") ? node.get("times").integer(1, 100) : 1;
    return switch (kinds.get(0)) {
      case "tcp" -> Readiness.tcp(node.get("tcp").integer(1, 65535), timeout, interval);
      case "http" -> {
        ConfigNode http = node.get("http").requireKeys(HTTP_KEYS);
        if (!http.has("port")) {
          throw http.error("an http check needs a port");
        }
        String path = http.get("path").text("/");
        yield new Readiness.Http(
            http.get("port").integer(1, 65535),
            path.startsWith("/") ? path : "/" + path,
            http.has("status") ? http.get("status").integer(100, 599) : 200,
            timeout,
            interval);
      }
      case "log" -> {
        String pattern = node.get("log").text();
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          throw node.get("log").error("not a valid regular expression: " + e.getDescription());
        }
        yield new Readiness.LogLine(pattern, times, timeout, interval);
      }
      default -> {
        List<String> command = node.get("cmd").command();
        if (command.isEmpty()) {
          throw node.get("cmd").error("the command is empty");
        }
        yield new Readiness.Command(command, timeout, interval);
      }
    };
  }
}
