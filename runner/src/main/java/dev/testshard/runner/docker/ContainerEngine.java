package dev.testshard.runner.docker;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few things testshard asks of a container engine. The only implementation talks to Docker
 * through docker-java; nothing outside this package sees docker-java types.
 *
 * <p>Implementations are thread-safe. Methods that wait (build, follow, wait) block the calling
 * thread with no time limit of their own: callers enforce deadlines.
 */
public interface ContainerEngine extends AutoCloseable {

  /** Where the engine is, e.g. {@code unix:///var/run/docker.sock}. */
  String endpoint();

  /**
   * Checks that the engine answers.
   *
   * @return the engine's version
   * @throws EngineUnavailableException when it does not
   */
  String ping();

  /** The id of a local image, or empty when the engine does not have it. */
  Optional<String> imageId(String reference);

  /**
   * The registry digests of a local image ({@code repository@sha256:...}), which it has when it was
   * pulled from or pushed to a registry; empty for an image built here, or one the engine lacks.
   */
  List<String> repoDigests(String reference);

  /** Pulls an image from its registry; throws {@link EngineException} when that fails. */
  void pull(String reference);

  /**
   * Tags a local image as {@code reference} ({@code host[:port]/repository:tag}) and pushes it to
   * that registry (only the layers the registry lacks); throws {@link EngineException} when that
   * fails.
   */
  void push(String image, String reference);

  /**
   * Builds an image from a tar build context (with a Dockerfile at its root).
   *
   * @param context writes the context tar to the stream it is given
   * @return the new image's id
   */
  String build(BuildContext context, String tag, Map<String, String> labels);

  /**
   * Unpacks a tar stream into a directory of a container, created or running. Owners, modes and
   * times come from the tar's entries.
   */
  void copyIn(String containerId, String directory, BuildContext tar);

  /**
   * Makes an image of a container's file system and configuration (the container need not have
   * run), with these labels added.
   *
   * @return the new image's id
   */
  String commit(String containerId, String tag, Map<String, String> labels);

  /**
   * Makes an image of {@code parent} (one the engine has) plus one layer, the uncompressed tar
   * {@code layer}, with the parent's configuration and these labels added, and tags it. Throws when
   * the engine refuses the form it is sent in; {@link #commit} is the way that always works.
   *
   * @return the new image's id
   */
  String addLayer(String parent, Path layer, String tag, Map<String, String> labels);

  /** Creates a container (not started) and returns its id. */
  String create(ContainerSpec spec);

  void start(String containerId);

  /** Kills a running container (SIGKILL); a container that is not running is left as it is. */
  void kill(String containerId);

  /**
   * Streams the container's standard output and error to the sink until the container exits. Frames
   * may split lines: the sink sees raw bytes.
   */
  void follow(String containerId, OutputSink sink);

  /** Waits until the container exits and returns its exit code. */
  int awaitExit(String containerId);

  /** Whether the kernel killed the container for using too much memory. */
  boolean oomKilled(String containerId);

  /**
   * Attaches to the standard input of a container created with {@link ContainerSpec#input()}, best
   * before it starts: what is written to the stream reaches the container's input in order; closing
   * the stream ends that input and the attachment. Writes never block.
   */
  OutputStream attachInput(String containerId);

  /** A tar stream of a path in the container; the caller closes it. */
  InputStream copyOut(String containerId, String path);

  /** Removes a container, running or not; absent containers are ignored. */
  void removeContainer(String containerId);

  /** Removes an image by id or tag; absent images are ignored. */
  void removeImage(String reference);

  /**
   * Writes these images (tags) as one tar archive, as {@code docker save} does: layers they share
   * are written once.
   */
  void saveImages(List<String> tags, OutputStream tar);

  /** Loads the images of a tar archive that {@link #saveImages} wrote, tags included. */
  void loadImages(InputStream tar);

  /** Everything carrying the label {@code key=value} (or just {@code key} when value is null). */
  LabelledResources findLabelled(String key, String value);

  /**
   * Every container, image and network matching a label filter ({@code key} or {@code key=value}),
   * with all its labels.
   */
  List<Resource> listLabelled(String filter);

  /**
   * Creates a bridge network with no route out of the host ({@code internal}): containers on it
   * reach each other by name and alias, and nothing else.
   *
   * @return the network's id
   */
  String createNetwork(String name, Map<String, String> labels);

  /**
   * Runs a command inside a running container and waits for it, at most {@code timeoutMillis}.
   *
   * @return its exit code (-1 when it did not finish in time) and its output, stdout and stderr
   *     interleaved, cut to the last 64 KiB
   */
  ExecResult exec(String containerId, List<String> command, long timeoutMillis);

  /** The container's output so far (stdout and stderr interleaved), its last {@code tail} lines. */
  String logs(String containerId, int tail);

  /** The exit code of a container that has stopped, or empty while it runs. */
  Optional<Integer> exitCode(String containerId);

  /** Removes a network; absent networks are ignored. */
  void removeNetwork(String networkId);

  @Override
  void close();

  /** What a command run with {@link #exec} did. */
  record ExecResult(int exitCode, String output) {}

  /** Writes a build context. */
  @FunctionalInterface
  interface BuildContext {
    void writeTo(OutputStream tar) throws java.io.IOException;
  }

  /** Receives a container's output as it arrives. Called from one thread at a time. */
  interface OutputSink {
    void stdout(byte[] bytes);

    void stderr(byte[] bytes);
  }

  /** A labelled engine resource. */
  record Resource(Kind kind, String id, Map<String, String> labels) {
    public Resource {
      labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** What kind of resource. */
    public enum Kind {
      CONTAINER,
      IMAGE,
      NETWORK
    }
  }

  /** Ids of labelled containers, images and networks. */
  record LabelledResources(List<String> containers, List<String> images, List<String> networks) {
    public LabelledResources {
      containers = List.copyOf(containers);
      images = List.copyOf(images);
      networks = List.copyOf(networks);
    }

    public boolean isEmpty() {
      return containers.isEmpty() && images.isEmpty() && networks.isEmpty();
    }
  }
}
