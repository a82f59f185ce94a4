package dev.testshard.runner.docker;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a container reaches the engine that runs it ({@code docker-access}). A local engine's Unix
 * socket is mounted at the standard path, and the socket's group is added to the container's user
 * (tests run as a user without root, and the socket is usually {@code root:docker 660}). An engine
 * over TCP is passed on as it is: the container must be able to route to it.
 *
 * @param dockerHost the engine's address, as testshard itself uses it
 * @param socketGroup the group id owning the Unix socket, or null when unknown or not a socket
 */
record EngineSocket(URI dockerHost, Integer socketGroup) {

  /** Where the socket appears inside the container: where Docker clients look first. */
  static final String CONTAINER_SOCKET = "/var/run/docker.sock";

  static EngineSocket of(URI dockerHost) {
    Integer group = null;
    if ("unix".equals(dockerHost.getScheme())) {
      try {
        group = (Integer) Files.getAttribute(Path.of(dockerHost.getPath()), "unix:gid");
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // no group to add: the engine refuses the test's user unless the socket is open to all
      }
    }
    return new EngineSocket(dockerHost, group);
  }

  /**
   * Gives a container the engine: mounts and groups on {@code host}.
   *
   * @return the environment variables the container's Docker clients need
   */
  List<String> grant(HostConfig host) {
    if (!"unix".equals(dockerHost.getScheme())) {
      return List.of("DOCKER_HOST=" + dockerHost);
    }
    host.withBinds(new Bind(dockerHost.getPath(), new Volume(CONTAINER_SOCKET)));
    if (socketGroup != null) {
      host.withGroupAdd(List.of(socketGroup.toString()));
    }
    return List.of("DOCKER_HOST=unix://" + CONTAINER_SOCKET);
  }
}
