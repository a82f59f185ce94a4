package dev.testshard.runner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.LoadImageCallback;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.testshard.runner.common.ResourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link ContainerEngine} on docker-java with the httpclient5 transport. Configured like the docker
 * CLI ({@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}); no API version is
 * pinned, so the engine's own is used.
 */
public final class DockerJavaEngine implements ContainerEngine {

  private final DockerClientConfig config;
  private final DockerClient client;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final DockerServiceCalls services;

  private DockerJavaEngine(DockerClientConfig config, DockerClient client) {
    this.config = config;
    this.client = client;
    this.services = new DockerServiceCalls(client, this::failure);
  }

  /** Connects lazily: nothing is sent until the first call. */
  public static DockerJavaEngine fromEnvironment() {
    DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    DockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .maxConnections(64)
            .connectionTimeout(Duration.ofSeconds(10))
            // No response timeout: /wait and followed logs stay silent until the container ends.
            .build();
    return new DockerJavaEngine(config, DockerClientImpl.getInstance(config, http));
  }

  @Override
  public String endpoint() {
    return config.getDockerHost().toString();
  }

  @Override
  public String ping() {
    try {
      client.pingCmd().exec();
      return client.versionCmd().exec().getVersion();
    } catch (RuntimeException e) {
      throw new EngineUnavailableException(
          "Docker engine not reachable at " + endpoint() + ": " + rootMessage(e), e);
    }
  }

  @Override
  public Optional<String> imageId(String reference) {
    try {
      return Optional.ofNullable(client.inspectImageCmd(reference).exec().getId());
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      throw failure("inspect image " + reference, e);
    }
  }

  @Override
  public List<String> repoDigests(String reference) {
    try {
      List<String> digests = client.inspectImageCmd(reference).exec().getRepoDigests();
      return digests == null ? List.of() : List.copyOf(digests);
    } catch (NotFoundException e) {
      return List.of();
    } catch (RuntimeException e) {
      throw failure("inspect image " + reference, e);
    }
  }

  @Override
  public void pull(String reference) {
    try {
      client.pullImageCmd(reference).exec(new PullImageResultCallback()).awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("pull " + reference, e);
    } catch (RuntimeException e) {
      throw failure("pull " + reference, e);
    }
  }

  @Override
  public void push(String image, String reference) {
    new RegistryPush(client, this::failure).push(image, reference);
  }

  @Override
  public String build(BuildContext context, String tag, Map<String, String> labels) {
    try {
      return PipedTar.pipe(
          context,
          "testshard-build-context-" + tag,
          in ->
              client
                  .buildImageCmd(in)
                  .withTags(Set.of(tag))
                  .withLabels(labels)
                  .withPull(false)
                  .withRemove(true)
                  .withForcerm(true)
                  .exec(new BuildImageResultCallback())
                  .awaitImageId());
    } catch (PipedTar.WriteFailure e) {
      throw failure("write build context for " + tag, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("build " + tag, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof EngineException engineException) {
        throw engineException;
      }
      throw failure("build " + tag, e);
    }
  }

  @Override
  public void copyIn(String containerId, String directory, BuildContext tar) {
    try {
      PipedTar.pipe(
          tar,
          "testshard-copy-in-" + shortId(containerId),
          in ->
              client
                  .copyArchiveToContainerCmd(containerId)
                  .withRemotePath(directory)
                  .withTarInputStream(in)
                  .exec());
    } catch (PipedTar.WriteFailure e) {
      throw failure("write the files to copy into container " + shortId(containerId), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("copy into container " + shortId(containerId), e);
    } catch (IOException | RuntimeException e) {
      throw failure("copy into container " + shortId(containerId), e);
    }
  }

  @Override
  public String commit(String containerId, String tag, Map<String, String> labels) {
    int colon = tag.lastIndexOf(':');
    try {
      return client
          .commitCmd(containerId)
          .withRepository(colon < 0 ? tag : tag.substring(0, colon))
          .withTag(colon < 0 ? "latest" : tag.substring(colon + 1))
          .withLabels(labels)
          .withPause(false)
          .exec();
    } catch (RuntimeException e) {
      throw failure("commit container " + shortId(containerId) + " as " + tag, e);
    }
  }

  @Override
  public String addLayer(String parent, Path layer, String tag, Map<String, String> labels) {
    InspectImageResponse image;
    try {
      image = client.inspectImageCmd(parent).exec();
    } catch (RuntimeException e) {
      throw failure("inspect image " + parent, e);
    }
    List<String> diffIds =
        image.getRootFS() == null || image.getRootFS().getLayers() == null
            ? List.of()
            : image.getRootFS().getLayers();
    LayerArchive archive =
        new LayerArchive(
            new LayerArchive.Parent(image.getArch(), image.getOs(), image.getConfig(), diffIds),
            layer,
            tag,
            labels);
    try {
      PipedTar.pipe(
          archive::writeTo,
          "testshard-load-" + tag,
          in -> {
            loadImages(in);
            return tag;
          });
    } catch (PipedTar.WriteFailure e) {
      throw failure("write the image archive of " + tag, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("load image " + tag, e);
    } catch (IOException e) {
      throw failure("load image " + tag, e);
    }
    return imageId(tag)
        .orElseThrow(() -> new EngineException("Docker loaded no image " + tag, null));
  }

  @Override
  public String create(ContainerSpec spec) {
    List<String> env = new ArrayList<>();
    spec.env().forEach((key, value) -> env.add(key + "=" + value));
    HostConfig host = HostConfig.newHostConfig().withSecurityOpts(List.of("no-new-privileges"));
    if (spec.engineAccess()) {
      env.addAll(EngineSocket.of(config.getDockerHost()).grant(host));
    }
    if (spec.sandboxed()) {
      host.withCapDrop(Capability.ALL);
      // /tmp in memory and bounded: a test that fills it gets "No space left on device" instead
      // of filling the host's disk (the writable layer cannot be bounded on overlay2 without xfs
      // project quotas). exec: tests unpack native libraries there.
      host.withTmpFs(
          Map.of(
              "/tmp",
              "rw,exec,nosuid,nodev,mode=1777,size=" + ContainerSpec.tmpSize(spec.limits())));
    }
    if (spec.networkMode() != null) {
      host.withNetworkMode(spec.networkMode());
    }
    ResourceLimits limits = spec.limits();
    if (limits.memoryBytes() > 0) {
      // Swap limit equal to the memory limit: a test that leaks memory is killed, not paged.
      host.withMemory(limits.memoryBytes()).withMemorySwap(limits.memoryBytes());
    }
    if (limits.nanoCpus() > 0) {
      host.withNanoCPUs(limits.nanoCpus());
    }
    if (limits.pids() > 0) {
      host.withPidsLimit(limits.pids());
    }
    if (limits.cpuShares() > 0) {
      host.withCpuShares(limits.cpuShares());
    }
    try {
      var command =
          client
              .createContainerCmd(spec.image())
              .withEnv(env)
              .withLabels(spec.labels())
              .withHostConfig(host);
      if (!spec.command().isEmpty()) {
        command.withCmd(spec.command());
      }
      if (!spec.networkAliases().isEmpty()) {
        command.withAliases(spec.networkAliases());
      }
      if (spec.name() != null) {
        command.withName(spec.name());
      }
      if (spec.workingDir() != null) {
        command.withWorkingDir(spec.workingDir());
      }
      if (spec.user() != null) {
        command.withUser(spec.user());
      }
      if (spec.input()) {
        // Open until the one attachment ends (attachInput), then closed: the agent sees its end.
        command.withStdinOpen(true).withStdInOnce(true).withAttachStdin(true);
      }
      return command.exec().getId();
    } catch (RuntimeException e) {
      throw failure("create container from " + spec.image(), e);
    }
  }

  @Override
  public void start(String containerId) {
    try {
      client.startContainerCmd(containerId).exec();
    } catch (RuntimeException e) {
      throw failure("start container " + shortId(containerId), e);
    }
  }

  @Override
  public void kill(String containerId) {
    try {
      client.killContainerCmd(containerId).exec();
    } catch (NotFoundException e) {
      // already gone
    } catch (RuntimeException e) {
      if (!rootMessage(e).contains("is not running")) {
        throw failure("kill container " + shortId(containerId), e);
      }
    }
  }

  @Override
  public void follow(String containerId, OutputSink sink) {
    ResultCallback.Adapter<Frame> callback =
        new ResultCallback.Adapter<>() {
          @Override
          public void onNext(Frame frame) {
            if (frame.getStreamType() == StreamType.STDERR) {
              sink.stderr(frame.getPayload());
            } else {
              sink.stdout(frame.getPayload());
            }
          }
        };
    try {
      client
          .logContainerCmd(containerId)
          .withStdOut(true)
          .withStdErr(true)
          .withFollowStream(true)
          .exec(callback)
          .awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("follow container " + shortId(containerId), e);
    } catch (RuntimeException e) {
      throw failure("follow container " + shortId(containerId), e);
    }
  }

  @Override
  public int awaitExit(String containerId) {
    try {
      return client
          .waitContainerCmd(containerId)
          .exec(new WaitContainerResultCallback())
          .awaitStatusCode();
    } catch (RuntimeException e) {
      throw failure("wait for container " + shortId(containerId), e);
    }
  }

  @Override
  public boolean oomKilled(String containerId) {
    try {
      InspectContainerResponse.ContainerState state =
          client.inspectContainerCmd(containerId).exec().getState();
      return Boolean.TRUE.equals(state.getOOMKilled());
    } catch (RuntimeException e) {
      throw failure("inspect container " + shortId(containerId), e);
    }
  }

  @Override
  public OutputStream attachInput(String containerId) {
    InputPipe pipe = new InputPipe();
    ResultCallback.Adapter<Frame> attached;
    try {
      // Input only: the output comes through follow. The transport copies the pipe to the
      // hijacked connection on a thread of its own until the pipe ends.
      attached =
          client
              .attachContainerCmd(containerId)
              .withStdIn(pipe)
              .withStdOut(false)
              .withStdErr(false)
              .withFollowStream(true)
              .exec(new ResultCallback.Adapter<>());
    } catch (RuntimeException e) {
      throw failure("attach to container " + shortId(containerId), e);
    }
    OutputStream writer = pipe.output();
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        writer.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        writer.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        writer.close();
        // The container's input closes with the attachment (stdinOnce).
        attached.close();
      }
    };
  }

  @Override
  public InputStream copyOut(String containerId, String path) {
    try {
      return client.copyArchiveFromContainerCmd(containerId, path).exec();
    } catch (RuntimeException e) {
      throw failure("copy " + path + " out of container " + shortId(containerId), e);
    }
  }

  @Override
  public void removeContainer(String containerId) {
    try {
      client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException e) {
      // already gone
    } catch (RuntimeException e) {
      throw failure("remove container " + shortId(containerId), e);
    }
  }

  @Override
  public void removeImage(String reference) {
    try {
      client.removeImageCmd(reference).withForce(true).exec();
    } catch (NotFoundException e) {
      // already gone
    } catch (RuntimeException e) {
      throw failure("remove image " + reference, e);
    }
  }

  @Override
  public void saveImages(List<String> tags, OutputStream tar) {
    var command = client.saveImagesCmd();
    for (String tag : tags) {
      int colon = tag.lastIndexOf(':');
      if (colon > tag.lastIndexOf('/')) {
        command.withImage(tag.substring(0, colon), tag.substring(colon + 1));
      } else {
        command.withImage(tag, "latest");
      }
    }
    try (InputStream in = command.exec()) {
      in.transferTo(tar);
    } catch (IOException | RuntimeException e) {
      throw failure("save images " + tags, e);
    }
  }

  @Override
  public void loadImages(InputStream tar) {
    try {
      // The async form reads the engine's answer to its end: the plain command returns once the
      // archive is sent, while the engine may still be tagging its images.
      client.loadImageAsyncCmd(tar).exec(new LoadImageCallback()).awaitMessage();
    } catch (RuntimeException e) {
      throw failure("load images", e);
    }
  }

  @Override
  public String createNetwork(String name, Map<String, String> labels) {
    return services.createNetwork(name, labels);
  }

  @Override
  public ExecResult exec(String containerId, List<String> command, long timeoutMillis) {
    return services.exec(containerId, command, timeoutMillis);
  }

  @Override
  public String logs(String containerId, int tail) {
    return services.logs(containerId, tail);
  }

  @Override
  public Optional<Integer> exitCode(String containerId) {
    return services.exitCode(containerId);
  }

  @Override
  public void removeNetwork(String networkId) {
    try {
      client.removeNetworkCmd(networkId).exec();
    } catch (NotFoundException e) {
      // already gone
    } catch (RuntimeException e) {
      throw failure("remove network " + networkId, e);
    }
  }

  @Override
  public LabelledResources findLabelled(String key, String value) {
    List<String> containers = new ArrayList<>();
    List<String> images = new ArrayList<>();
    List<String> networks = new ArrayList<>();
    for (Resource resource : listLabelled(value == null ? key : key + "=" + value)) {
      switch (resource.kind()) {
        case CONTAINER -> containers.add(resource.id());
        case IMAGE -> images.add(resource.id());
        case NETWORK -> networks.add(resource.id());
      }
    }
    return new LabelledResources(containers, images, networks);
  }

  @Override
  public List<Resource> listLabelled(String filter) {
    try {
      List<Resource> resources = new ArrayList<>();
      for (Container container :
          client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(filter)).exec()) {
        resources.add(
            new Resource(Resource.Kind.CONTAINER, container.getId(), container.getLabels()));
      }
      for (Image image : client.listImagesCmd().withLabelFilter(filter).exec()) {
        resources.add(new Resource(Resource.Kind.IMAGE, image.getId(), image.getLabels()));
      }
      for (Network network : client.listNetworksCmd().withFilter("label", List.of(filter)).exec()) {
        resources.add(new Resource(Resource.Kind.NETWORK, network.getId(), network.getLabels()));
      }
      return resources;
    } catch (RuntimeException e) {
      throw failure("list resources labelled " + filter, e);
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        client.close();
      } catch (IOException e) {
        // nothing useful to do while shutting down
      }
    }
  }

  EngineException failure(String action, Throwable e) {
    String message = "Docker could not " + action + ": " + rootMessage(e);
    if (isUnreachable(e)) {
      return new EngineUnavailableException(message, e);
    }
    return new EngineException(message, e);
  }

  private static boolean isUnreachable(Throwable e) {
    if (e instanceof DockerException || e instanceof DockerClientException) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message, on one line: docker-java wraps transport errors several times. */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
    if (e instanceof DockerException dockerException && dockerException.getMessage() != null) {
      message = dockerException.getMessage();
    }
    return message.replaceAll("\\s+", " ").strip();
  }

  static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }
}
