package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;

/**
 * The {@code probe} mode: waits until a service on the shard's network answers, from inside that
 * network (so it works with a remote engine and publishes no port).
 *
 * <pre>
 * probe tcp HOST PORT TIMEOUT_MS INTERVAL_MS
 * probe http HOST PORT PATH STATUS TIMEOUT_MS INTERVAL_MS
 * </pre>
 *
 * Emits a {@code probe} event per attempt that changes the answer and exits 0 once the service
 * answers as expected, 1 when the time is up.
 */
final class Probe {

  private Probe() {}

  static int run(List<String> args, EventStream events) throws InterruptedException {
    boolean http = !args.isEmpty() && args.get(0).equals("http");
    int expected = http ? 7 : 5;
    if (args.size() != expected || !(http || args.get(0).equals("tcp"))) {
      events.emit(
          EventStream.event(EventType.AGENT_ERROR)
              .put(EventField.MESSAGE, "usage: probe tcp|http ..."));
      return 2;
    }
    String host = args.get(1);
    int port = Integer.parseInt(args.get(2));
    long timeout = Long.parseLong(args.get(expected - 2));
    long interval = Long.parseLong(args.get(expected - 1));
    long deadline = System.nanoTime() + timeout * 1_000_000L;
    String last = null;
    while (true) {
      String answer =
          http
              ? httpAnswer(host, port, args.get(3), Integer.parseInt(args.get(4)))
              : tcpAnswer(host, port);
      if (!answer.equals(last)) {
        events.emit(
            EventStream.event(EventType.PROBE)
                .put(EventField.MESSAGE, answer.isEmpty() ? "ready" : answer));
        last = answer;
      }
      if (answer.isEmpty()) {
        return 0;
      }
      if (System.nanoTime() > deadline) {
        return 1;
      }
      Thread.sleep(interval);
    }
  }

  /** Empty when a connection succeeds, else why not. */
  private static String tcpAnswer(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return "";
    } catch (IOException e) {
      return "tcp " + host + ":" + port + ": " + e.getMessage();
    }
  }

  private static String httpAnswer(String host, int port, String path, int status) {
    HttpURLConnection connection = null;
    try {
      connection =
          (HttpURLConnection)
              URI.create("http://" + host + ":" + port + path).toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(2000);
      connection.setInstanceFollowRedirects(false);
      int code = connection.getResponseCode();
      return code == status ? "" : "http " + host + ":" + port + path + " answered " + code;
    } catch (IOException | IllegalArgumentException e) {
      return "http " + host + ":" + port + path + ": " + e.getMessage();
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }
}
