package dev.testshard.runner.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The order services start in: a service starts once everything it depends on is ready. */
public final class ServiceOrder {

  private ServiceOrder() {}

  /**
   * Groups services into waves: every service of a wave depends only on services of earlier waves,
   * so a wave starts at once and is waited for as a whole.
   *
   * @throws IllegalArgumentException on an unknown dependency or a cycle
   */
  public static List<List<ServiceSpec>> waves(List<ServiceSpec> services) {
    Set<String> names = new HashSet<>();
    services.forEach(s -> names.add(s.name()));
    for (ServiceSpec service : services) {
      for (String dependency : service.dependsOn()) {
        if (!names.contains(dependency)) {
          throw new IllegalArgumentException(
              "service " + service.name() + " depends on " + dependency + ", which is not defined");
        }
      }
    }
    List<List<ServiceSpec>> waves = new ArrayList<>();
    Set<String> started = new HashSet<>();
    List<ServiceSpec> left = new ArrayList<>(services);
    while (!left.isEmpty()) {
      List<ServiceSpec> wave =
          left.stream().filter(s -> started.containsAll(s.dependsOn())).toList();
      if (wave.isEmpty()) {
        throw new IllegalArgumentException(
            "services depend on each other in a cycle: "
                + String.join(", ", left.stream().map(ServiceSpec::name).toList()));
      }
      waves.add(wave);
      wave.forEach(s -> started.add(s.name()));
      left.removeAll(wave);
    }
    return waves;
  }

  static void check(List<ServiceSpec> services, ConfigNode node) {
    try {
      waves(services);
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }
}
