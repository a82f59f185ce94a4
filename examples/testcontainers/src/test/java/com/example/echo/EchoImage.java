package com.example.echo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/** The example's container: built locally (echo-image/build.sh), never pulled. */
final class EchoImage {

  static final String IMAGE = "testshard-example/echo:1";

  static final int PORT = 8080;

  private EchoImage() {}

  @SuppressWarnings("resource") // closed by the Testcontainers extension
  static GenericContainer<?> container() {
    return new GenericContainer<>(DockerImageName.parse(IMAGE))
        .withExposedPorts(PORT)
        // No registry is reachable where testshard is developed: the image must be local.
        .withImagePullPolicy(image -> false)
        .waitingFor(Wait.forLogMessage(".*echo listening.*\\n", 1));
  }

  /** Sends a line to the container and returns its answer. */
  static String ask(GenericContainer<?> echo, String line) throws Exception {
    try (Socket socket = new Socket(echo.getHost(), echo.getMappedPort(PORT));
        PrintWriter out =
            new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      out.println(line);
      return in.readLine();
    }
  }
}
