package dev.testshard.runner.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * One line that says why a call to the API server failed. The client itself often says only "An
 * error has occurred" and leaves the reason to a cause without a message (a refused connection, a
 * host name that does not resolve); with no kubeconfig outside a cluster it falls back to the
 * in-cluster address, which then names the real problem. Pure.
 */
final class ApiFailure {

  /** The address the client uses without a kubeconfig (inside a pod, the cluster's own). */
  static final String IN_CLUSTER_HOST = "kubernetes.default.svc";

  private ApiFailure() {}

  /**
   * @param server the API server's address the client used
   * @param failure what the client threw
   */
  static String message(String server, Throwable failure) {
    String host = host(server);
    if (has(failure, UnresolvedAddressException.class)
        || has(failure, UnknownHostException.class)) {
      if (IN_CLUSTER_HOST.equals(host)) {
        return "no Kubernetes cluster to run on: no kubeconfig was found (KUBECONFIG,"
            + " ~/.kube/config) and this is not a pod in a cluster";
      }
      return "Kubernetes at " + server + " did not answer: no host named " + host;
    }
    return "Kubernetes at " + server + " did not answer: " + reason(failure);
  }

  private static String reason(Throwable failure) {
    if (has(failure, ConnectException.class) || has(failure, ClosedChannelException.class)) {
      return "the connection was refused";
    }
    if (has(failure, SocketTimeoutException.class) || has(failure, TimeoutException.class)) {
      return "it timed out";
    }
    SSLException tls = find(failure, SSLException.class);
    if (tls != null) {
      return "TLS failed: " + oneLine(tls.getMessage());
    }
    String message = oneLine(failure.getMessage());
    if (failure instanceof KubernetesClientException client && client.getCode() > 0) {
      message = "HTTP " + client.getCode() + ": " + message;
    }
    Throwable deepest = failure;
    for (Throwable cause = failure.getCause(); cause != null && cause != deepest; ) {
      deepest = cause;
      cause = cause.getCause();
    }
    String below = oneLine(deepest.getMessage());
    return deepest == failure || below.isEmpty() || message.contains(below)
        ? message
        : message + " (" + below + ")";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    return find(failure, type) != null;
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static String host(String server) {
    try {
      String host = URI.create(server).getHost();
      return host == null ? server : host;
    } catch (IllegalArgumentException e) {
      return server;
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").strip();
  }
}
