package dev.testshard.runner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/** The engine calls per-shard services need: networks, exec, logs and container state. */
final class DockerServiceCalls {

  /** Most output an exec keeps: enough for a migration's error, bounded for a chatty one. */
  private static final int EXEC_OUTPUT_LIMIT = 64 * 1024;

  private final DockerClient client;
  private final BiFunction<String, Throwable, EngineException> failure;

  DockerServiceCalls(DockerClient client, BiFunction<String, Throwable, EngineException> failure) {
    this.client = client;
    this.failure = failure;
  }

  String createNetwork(String name, Map<String, String> labels) {
    try {
      return client
          .createNetworkCmd()
          .withName(name)
          .withDriver("bridge")
          .withInternal(true)
          .withCheckDuplicate(true)
          .withLabels(labels)
          .exec()
          .getId();
    } catch (RuntimeException e) {
      throw failure.apply("create network " + name, e);
    }
  }

  ContainerEngine.ExecResult exec(String containerId, List<String> command, long timeoutMillis) {
    String what =
        "run " + String.join(" ", command) + " in " + DockerJavaEngine.shortId(containerId);
    try {
      String execId =
          client
              .execCreateCmd(containerId)
              .withCmd(command.toArray(String[]::new))
              .withAttachStdout(true)
              .withAttachStderr(true)
              .exec()
              .getId();
      Collector output = new Collector(EXEC_OUTPUT_LIMIT);
      boolean finished =
          client
              .execStartCmd(execId)
              .exec(output)
              .awaitCompletion(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
      if (!finished) {
        output.close();
        return new ContainerEngine.ExecResult(-1, output.text());
      }
      Long exit = client.inspectExecCmd(execId).exec().getExitCodeLong();
      return new ContainerEngine.ExecResult(exit == null ? -1 : exit.intValue(), output.text());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure.apply(what, e);
    } catch (java.io.IOException | RuntimeException e) {
      throw failure.apply(what, e);
    }
  }

  String logs(String containerId, int tail) {
    Collector output = new Collector(Integer.MAX_VALUE);
    try {
      client
          .logContainerCmd(containerId)
          .withStdOut(true)
          .withStdErr(true)
          .withFollowStream(false)
          .withTail(tail)
          .exec(output)
          .awaitCompletion();
      return output.text();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure.apply("read the logs of " + DockerJavaEngine.shortId(containerId), e);
    } catch (RuntimeException e) {
      throw failure.apply("read the logs of " + DockerJavaEngine.shortId(containerId), e);
    }
  }

  Optional<Integer> exitCode(String containerId) {
    try {
      InspectContainerResponse.ContainerState state =
          client.inspectContainerCmd(containerId).exec().getState();
      if (Boolean.TRUE.equals(state.getRunning()) || state.getExitCodeLong() == null) {
        return Optional.empty();
      }
      return Optional.of(state.getExitCodeLong().intValue());
    } catch (NotFoundException e) {
      return Optional.of(-1);
    } catch (RuntimeException e) {
      throw failure.apply("inspect container " + DockerJavaEngine.shortId(containerId), e);
    }
  }

  /** Output frames into one text, keeping the last {@code limit} bytes. */
  private static final class Collector extends ResultCallback.Adapter<Frame> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Collector(int limit) {
      this.limit = limit;
    }

    @Override
    public synchronized void onNext(Frame frame) {
      bytes.writeBytes(frame.getPayload());
      if (bytes.size() > 2 * (long) limit && limit < Integer.MAX_VALUE / 2) {
        byte[] all = bytes.toByteArray();
        bytes.reset();
        bytes.write(all, all.length - limit, limit);
      }
    }

    synchronized String text() {
      byte[] all = bytes.toByteArray();
      int from = Math.max(0, all.length - limit);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
  }
}
