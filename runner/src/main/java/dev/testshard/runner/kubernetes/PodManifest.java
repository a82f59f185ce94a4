package dev.testshard.runner.kubernetes;

import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.docker.ContainerSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod of one shard: pure, from the container the local engine would run ({@link ContainerSpec})
 * to a {@link Pod}. One container, {@value #CONTAINER}, runs the agent with the image's entrypoint
 * (the command goes to {@code args}, as Docker's {@code Cmd} does); it runs as the image's
 * unprivileged test user with every capability dropped, no privilege escalation and no
 * service-account token; its requests and limits are {@code --memory} and {@code --cpus} (equal, so
 * the scheduler places it where they fit and nothing else can take them); {@code /tmp} is a
 * memory-backed volume bounded as the local container's tmpfs is. The shard's services, if any, are
 * more containers of the pod ({@link PodService}). The pod never restarts: a shard runs once, and a
 * retry is a new pod.
 */
public final class PodManifest {

  /** The agent's container in every pod. */
  public static final String CONTAINER = "agent";

  private PodManifest() {}

  /**
   * @param spec the container the local engine would run (its image is ignored)
   * @param image the image's reference in the registry the cluster pulls from
   * @param namePrefix the start of the pod's name; the API server adds a unique suffix
   * @param namespace the pod's namespace
   */
  public static Pod of(ContainerSpec spec, String image, String namePrefix, String namespace) {
    return of(spec, image, namePrefix, namespace, List.of());
  }

  /**
   * As {@link #of(ContainerSpec, String, String, String)}, with the shard's services as more
   * containers of the pod, each reachable from the agent under its name: the pod's containers share
   * one network namespace, and its {@code /etc/hosts} maps every service name to the loopback
   * address.
   */
  public static Pod of(
      ContainerSpec spec,
      String image,
      String namePrefix,
      String namespace,
      List<PodService> services) {
    List<Container> containers = new ArrayList<>();
    containers.add(container(spec, image));
    services.forEach(service -> containers.add(service.container()));
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withGenerateName(namePrefix)
            .withNamespace(namespace)
            .withLabels(PodLabels.labels(spec.labels()))
            .withAnnotations(PodLabels.annotations(spec.labels()))
            .endMetadata()
            .withNewSpec()
            .withRestartPolicy("Never")
            .withAutomountServiceAccountToken(false)
            // Tests see only the environment testshard gives them, not every service's address.
            .withEnableServiceLinks(false)
            .withTerminationGracePeriodSeconds(0L)
            .withContainers(containers)
            .addNewVolume()
            .withName("tmp")
            .withNewEmptyDir()
            .withMedium("Memory")
            .withSizeLimit(new Quantity(Long.toString(ContainerSpec.tmpSize(spec.limits()))))
            .endEmptyDir()
            .endVolume()
            .endSpec();
    if (!services.isEmpty()) {
      pod.editSpec()
          .addNewHostAlias()
          .withIp("127.0.0.1")
          .withHostnames(services.stream().map(PodService::name).toList())
          .endHostAlias()
          .endSpec();
    }
    return pod.build();
  }

  /**
   * A service in a shard's pod: a container of its own, from the image the cluster pulls, with its
   * command ({@code args}: the image's entrypoint stays, as with Docker's {@code Cmd}) and
   * environment. It runs as its image says (a database's entrypoint often needs root to set up its
   * files); only the agent's container is locked down.
   *
   * @param name the service's name, which the tests connect to
   * @param image the reference the cluster pulls
   */
  public record PodService(
      String name, String image, List<String> command, Map<String, String> env) {

    /** The container's name: the service's, as a DNS label, never the agent's. */
    public String containerName() {
      String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
      label = label.replaceAll("^-+|-+$", "");
      if (label.length() > 55) {
        label = label.substring(0, 55).replaceAll("-+$", "");
      }
      return label.isEmpty() || label.equals(CONTAINER) ? "service-" + label : label;
    }

    Container container() {
      ContainerBuilder container =
          new ContainerBuilder()
              .withName(containerName())
              .withImage(image)
              .withImagePullPolicy("IfNotPresent")
              .withEnv(PodManifest.env(env));
      if (!command.isEmpty()) {
        container.withArgs(command);
      }
      return container.build();
    }
  }

  /** A pod name prefix of DNS-1123 characters: {@code ts-<run>-<shard>-}, at most 50 long. */
  public static String namePrefix(String runId, String shardId) {
    String raw = ("ts-" + runId + "-" + shardId).toLowerCase(Locale.ROOT);
    String clean = raw.replaceAll("[^a-z0-9-]+", "-");
    if (clean.length() > 49) {
      clean = clean.substring(0, 49);
    }
    return clean.replaceAll("-+$", "") + "-";
  }

  private static Container container(ContainerSpec spec, String image) {
    return new ContainerBuilder()
        .withName(CONTAINER)
        .withImage(image)
        .withImagePullPolicy("IfNotPresent")
        .withArgs(spec.command())
        // The runner sends the start line or a worker's batches through attach (no files can be
        // copied into an image without a shell); the agent's input closes when the runner leaves.
        .withStdin(true)
        .withStdinOnce(true)
        .withWorkingDir(spec.workingDir())
        .withEnv(env(spec.env()))
        .withResources(resources(spec.limits()))
        .withSecurityContext(agentSecurity(spec.user()))
        .addNewVolumeMount()
        .withName("tmp")
        .withMountPath("/tmp")
        .endVolumeMount()
        .build();
  }

  private static List<EnvVar> env(Map<String, String> env) {
    return new TreeMap<>(env)
        .entrySet().stream().map(e -> new EnvVar(e.getKey(), e.getValue(), null)).toList();
  }

  private static io.fabric8.kubernetes.api.model.ResourceRequirements resources(
      ResourceLimits limits) {
    Map<String, Quantity> amounts = new TreeMap<>();
    if (limits.memoryBytes() > 0) {
      amounts.put("memory", new Quantity(Long.toString(limits.memoryBytes())));
    }
    if (limits.nanoCpus() > 0) {
      amounts.put("cpu", new Quantity(Math.max(1, limits.nanoCpus() / 1_000_000) + "m"));
    }
    return new ResourceRequirementsBuilder().withRequests(amounts).withLimits(amounts).build();
  }

  /**
   * The agent's container (not the services': a database's entrypoint may need root to set up its
   * files): every capability dropped, no privilege escalation, and the image's test user ({@code
   * uid[:gid]}, numeric) with a refusal to start as root; a user given by name cannot be checked
   * before the image runs, so it is left to the image.
   */
  private static SecurityContext agentSecurity(String user) {
    SecurityContextBuilder security =
        new SecurityContextBuilder()
            .withAllowPrivilegeEscalation(false)
            .withPrivileged(false)
            .withNewCapabilities()
            .withDrop("ALL")
            .endCapabilities();
    if (user == null || !user.matches("[0-9]+(:[0-9]+)?")) {
      return security.build();
    }
    String[] ids = user.split(":");
    long uid = Long.parseLong(ids[0]);
    security.withRunAsUser(uid).withRunAsNonRoot(uid != 0);
    if (ids.length > 1) {
      security.withRunAsGroup(Long.parseLong(ids[1]));
    }
    return security.build();
  }
}
