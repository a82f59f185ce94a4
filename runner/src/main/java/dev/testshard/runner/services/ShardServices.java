package dev.testshard.runner.services;

import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.config.ProjectConfig;
import dev.testshard.runner.config.ServiceOrder;
import dev.testshard.runner.config.ServiceSpec;
import dev.testshard.runner.config.Templates;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.snapshot.ContainerLayout;
import dev.testshard.runner.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One shard's private services: a network of its own, one container per service (reachable under
 * the service's name), each waited for until ready and then set up. The shard's test container
 * joins the network and nothing else; no port is published on the host.
 *
 * <p>Not thread-safe: one shard thread owns it. {@link #close()} removes everything and is
 * idempotent; {@link #keep()} leaves everything running for debugging instead.
 */
public final class ShardServices implements AutoCloseable {

  private final ServiceContext context;
  private final ShardIdentity shard;
  private final Path evidenceDir;
  private final String evidencePointer;
  private String failure;
  private final Consumer<String> created;
  private final BooleanSupplier stopped;
  private final ServiceSetup setup;
  private final Map<String, String> serviceContainers = new LinkedHashMap<>();
  private final List<Path> setupLogs = new ArrayList<>();
  private String network;
  private String networkName;
  private boolean closed;

  /**
   * @param shard which shard, for names, labels and templates
   * @param evidenceDir where service logs go when something fails ({@code shards/<shard>/services})
   * @param created told the id of every container created, so a run's clean-up knows it
   * @param stopped whether the run is being stopped (timeout, Ctrl-C): waiting ends at once
   * @param evidencePointer {@code evidenceDir} as the report names it, e.g. {@code
   *     shards/a/services}
   */
  public ShardServices(
      ServiceContext context,
      ShardIdentity shard,
      Path evidenceDir,
      Consumer<String> created,
      BooleanSupplier stopped,
      String evidencePointer) {
    this.context = context;
    this.evidencePointer = evidencePointer;
    this.shard = shard;
    this.evidenceDir = evidenceDir;
    this.created = created;
    this.stopped = stopped;
    this.setup = new ServiceSetup(context, shard);
  }

  private static Map<String, String> templateValues(ServiceContext context, ShardIdentity shard) {
    return ServiceSetup.values(context.runId(), shard);
  }

  /**
   * The configuration file's environment of a shard's test container, templates expanded: the same
   * with or without services.
   */
  public static Map<String, String> testEnvironment(ServiceContext context, ShardIdentity shard) {
    return environment(context.config(), templateValues(context, shard), context.hostEnv());
  }

  /**
   * The configuration file's environment of the discovery container: templates expanded as for a
   * shard named {@value #DISCOVERY}, number 1.
   *
   * @param classpath the class path discovery runs with, for {@code ${classpath}}
   */
  public static Map<String, String> discoveryEnvironment(
      ProjectConfig config, String runId, String classpath, Map<String, String> hostEnv) {
    return environment(
        config,
        Map.of("shard.id", DISCOVERY, "shard.index", "1", "run.id", runId, "classpath", classpath),
        hostEnv);
  }

  /** The shard id that {@code ${shard.id}} names in the discovery container. */
  public static final String DISCOVERY = "discovery";

  private static Map<String, String> environment(
      ProjectConfig config, Map<String, String> values, Map<String, String> hostEnv) {
    Map<String, String> env = new LinkedHashMap<>();
    config.env().forEach((k, v) -> env.put(k, Templates.expand(v, values, hostEnv)));
    return env;
  }

  /**
   * As {@link #start()}, keeping a failure for {@link #failure()} instead of throwing it: the shard
   * then reports every planned test as an error with that message.
   */
  public void startQuietly() {
    try {
      start();
    } catch (ServiceFailure e) {
      failure = e.getMessage() + " (logs: " + evidencePointer + "/)";
    }
  }

  /** Why the services are not ready, or null when they are. */
  public String failure() {
    return failure;
  }

  /** The network the test container must join. */
  public String network() {
    return networkName;
  }

  /** The environment of the shard's test container, templates expanded. */
  public Map<String, String> testEnvironment() {
    return testEnvironment(context, shard);
  }

  /**
   * Creates the network, starts the services in dependency order, waits until each is ready and
   * runs its setup steps.
   *
   * @throws ServiceFailure naming the service and what went wrong
   */
  public void start() throws ServiceFailure {
    networkName = name(null);
    try {
      network = context.engine().createNetwork(networkName, labels(null));
      for (List<ServiceSpec> wave : ServiceOrder.waves(context.config().services())) {
        for (ServiceSpec service : wave) {
          serviceContainers.put(service.name(), startService(service));
        }
        for (ServiceSpec service : wave) {
          String id = serviceContainers.get(service.name());
          new ReadinessWait(
                  service,
                  ReadinessWait.onEngine(
                      context, service, id, networkName, this::probeCreated, stopped),
                  stopped)
              .await();
          runSetup(service, id);
        }
      }
    } catch (EngineException e) {
      throw new ServiceFailure("services could not start: " + e.getMessage());
    }
  }

  private void probeCreated(String id) {
    created.accept(id);
  }

  private String startService(ServiceSpec service) {
    String id =
        context
            .engine()
            .create(
                new ContainerSpec(
                    name(service.name()),
                    service.image(),
                    setup.command(service),
                    null,
                    setup.environment(service),
                    labels(service.name()),
                    null,
                    networkName,
                    ResourceLimits.NONE,
                    List.of(service.name()),
                    false,
                    false,
                    false));
    created.accept(id);
    context.engine().start(id);
    return id;
  }

  private void runSetup(ServiceSpec service, String serviceId) throws ServiceFailure {
    setupLogs.addAll(
        setup.runSteps(
            service,
            (step, command, limit) ->
                step.inTestImage()
                    ? new OneOffContainer(context, created, stopped)
                        .run(
                            testImageSpec(
                                command,
                                "setup-"
                                    + service.name()
                                    + "-"
                                    + (service.setup().indexOf(step) + 1)),
                            limit)
                    : context.engine().exec(serviceId, command, limit.toMillis()),
            evidenceDir));
  }

  private ContainerSpec testImageSpec(List<String> command, String suffix) {
    Map<String, String> env = new HashMap<>(testEnvironment());
    env.put("HOME", "/tmp");
    env.put("TESTSHARD_SHARD", shard.id());
    env.put("TESTSHARD_RUN", context.runId());
    return new ContainerSpec(
        name(suffix),
        context.testImage(),
        command,
        shard.workingDir(),
        env,
        labels(suffix),
        ContainerLayout.USER,
        networkName,
        context.limits());
  }

  /**
   * Saves every service's log next to the shard's output and returns their last lines, for the
   * console.
   */
  public List<String> saveEvidence() {
    List<String> tails = new ArrayList<>();
    serviceContainers.forEach(
        (service, id) -> {
          try {
            tails.addAll(
                ServiceSetup.saveLog(
                    shard.id(),
                    service,
                    context.engine().logs(id, 20_000),
                    evidenceDir,
                    evidencePointer));
          } catch (EngineException e) {
            tails.add("service " + service + ": no log (" + e.getMessage() + ")");
          }
        });
    return tails;
  }

  /**
   * Leaves the network and the service containers running and returns commands to look into them
   * and to remove them.
   */
  public List<String> keep(Consumer<String> keepId) {
    closed = true;
    serviceContainers.values().forEach(keepId);
    if (network != null) {
      keepId.accept(network);
    }
    List<String> commands = new ArrayList<>();
    serviceContainers.forEach(
        (service, id) -> commands.add("docker exec -it " + name(service) + " sh"));
    commands.add(
        "docker run --rm -it --network "
            + networkName
            + " --workdir "
            + shard.workingDir()
            + " --entrypoint java "
            + context.testImage()
            + " -version   # the shard's test image on its network");
    List<String> names = new ArrayList<>();
    serviceContainers.keySet().forEach(s -> names.add(name(s)));
    commands.add(
        "docker rm -f " + String.join(" ", names) + " && docker network rm " + networkName);
    return commands;
  }

  /** Removes the services and the network. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (String id : serviceContainers.values()) {
      try {
        context.engine().removeContainer(id);
      } catch (EngineException e) {
        // the run's clean-up by label gets it
      }
    }
    if (network != null) {
      try {
        context.engine().removeNetwork(network);
      } catch (EngineException e) {
        // the run's clean-up by label gets it
      }
    }
  }

  /** {@code testshard-<run>-<shard>[-<suffix>]}, within Docker's name rules. */
  private String name(String suffix) {
    String name =
        "testshard-"
            + context.runId()
            + "-"
            + shard.directoryName()
            + (suffix == null ? "" : "-" + suffix);
    return name.replaceAll("[^a-zA-Z0-9_.-]", "_").toLowerCase(Locale.ROOT);
  }

  private Map<String, String> labels(String service) {
    Map<String, String> labels = new HashMap<>(context.labels());
    labels.put("dev.testshard.shard", shard.id());
    if (service != null) {
      labels.put("dev.testshard.service", service);
    }
    return labels;
  }

  /**
   * Which shard the services belong to.
   *
   * @param id the shard's id
   * @param index its 1-based position in the run
   * @param directoryName its directory under {@code shards/}
   * @param classpath the test class path in the image, for {@code ${classpath}}
   * @param workingDir the test JVM's working directory in the image
   */
  public record ShardIdentity(
      String id, int index, String directoryName, String classpath, String workingDir) {

    /** A shard of {@code module}, whose class path and working directory it takes. */
    public static ShardIdentity of(
        String id, int index, String directoryName, Snapshot.SnapshotModule module) {
      return new ShardIdentity(id, index, directoryName, module.classpath(), module.workingDir());
    }

    /** Copy {@code index} of {@code shard}, in its module of {@code snapshot}. */
    public static ShardIdentity of(Shard shard, int index, Snapshot snapshot) {
      return of(shard.id(), index, shard.directoryName(), snapshot.module(shard.module()));
    }
  }
}
