package dev.testshard.runner.engine;

import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.ContainerSpec;
import dev.testshard.runner.docker.EngineException;
import dev.testshard.runner.execution.AgentStdoutLines;
import dev.testshard.runner.execution.LineSplitter;
import dev.testshard.runner.execution.ShardLog;
import dev.testshard.runner.protocol.AgentEventSink;
import dev.testshard.runner.results.ContainerExit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Runs one agent container to its end: create, start, stream output (protocol events to the caller,
 * everything else to a log), wait, copy results out through the engine API (no bind mounts, so a
 * remote engine works too), and always remove the container.
 */
public final class AgentContainer {

  private final ContainerEngine engine;
  private final RunResources resources;

  public AgentContainer(ContainerEngine engine, RunResources resources) {
    this.engine = engine;
    this.resources = resources;
  }

  /**
   * @param log receives the container's output (not the protocol lines)
   * @param copyOutPath a directory in the container to copy out after exit, or null
   * @param copyTo where its files go
   */
  public ContainerExit run(
      ContainerSpec spec,
      AgentEventSink events,
      OutputStream log,
      String copyOutPath,
      Path copyTo) {
    return run(spec, events, log, copyOutPath, copyTo, (id, input) -> {});
  }

  /** What the caller of {@link #run} learns once the container runs. */
  public interface Started {
    /**
     * @param containerId the container's id (so that a deadline can stop it)
     * @param input the container's standard input when its spec asks for one ({@link
     *     ContainerSpec#input()}), else null; closed when the container has ended
     */
    void started(String containerId, OutputStream input);
  }

  /**
   * As {@link #run(ContainerSpec, AgentEventSink, OutputStream, String, Path)}, telling {@code
   * onStarted} the container's id and input once it runs.
   */
  public ContainerExit run(
      ContainerSpec spec,
      AgentEventSink events,
      OutputStream log,
      String copyOutPath,
      Path copyTo,
      Started onStarted) {
    String id = null;
    OutputStream input = null;
    try {
      id = engine.create(spec);
      resources.containerCreated(id);
      if (spec.input()) {
        // Before the start, as docker run -i does: nothing the agent reads can be missed.
        input = engine.attachInput(id);
      }
      engine.start(id);
      onStarted.started(id, input);
      LineSplitter stdout = new LineSplitter(new AgentStdoutLines(events, log));
      engine.follow(
          id,
          new ContainerEngine.OutputSink() {
            @Override
            public void stdout(byte[] bytes) {
              stdout.accept(bytes);
            }

            @Override
            public void stderr(byte[] bytes) {
              ShardLog.write(log, bytes);
            }
          });
      stdout.flush();
      int exitCode = engine.awaitExit(id);
      boolean oom = engine.oomKilled(id);
      if (copyOutPath != null) {
        copyOut(id, copyOutPath, copyTo, log);
      }
      return ContainerExit.exited(exitCode, oom);
    } catch (EngineException e) {
      return ContainerExit.failed(e.getMessage());
    } finally {
      if (input != null) {
        try {
          input.close();
        } catch (IOException e) {
          // the attachment ends with the container anyway
        }
      }
      if (id != null) {
        try {
          engine.removeContainer(id);
          resources.containerRemoved(id);
        } catch (EngineException e) {
          // left for the run's final clean-up by label
        }
      }
    }
  }

  private void copyOut(String id, String path, Path target, OutputStream log) {
    try (InputStream in = engine.copyOut(id, path);
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      Files.createDirectories(target);
      Path root = target.toAbsolutePath().normalize();
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        if (!entry.isFile()) {
          continue;
        }
        // Entries are prefixed with the copied directory's name; keep only the file name part.
        String name = entry.getName();
        int slash = name.indexOf('/');
        String relative = slash >= 0 ? name.substring(slash + 1) : name;
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || relative.isEmpty()) {
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | EngineException e) {
      ShardLog.note(log, "could not copy " + path + " out of the container: " + e.getMessage());
    }
  }
}
