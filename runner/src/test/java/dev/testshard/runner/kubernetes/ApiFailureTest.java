package dev.testshard.runner.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ApiFailureTest {

  /** What fabric8 throws when a call fails below HTTP: its own words, the reason causes down. */
  private static KubernetesClientException clientFailure(Throwable below) {
    ConnectException connect = new ConnectException();
    connect.initCause(below);
    return new KubernetesClientException("An error has occurred.", new IOException(connect));
  }

  @Test
  void aRefusedConnectionIsSaid() {
    assertThat(
            ApiFailure.message("https://127.0.0.1:1/", clientFailure(new ClosedChannelException())))
        .isEqualTo("Kubernetes at https://127.0.0.1:1/ did not answer: the connection was refused");
  }

  @Test
  void noKubeconfigOutsideAClusterIsSaidAsSuch() {
    assertThat(
            ApiFailure.message(
                "https://kubernetes.default.svc/", clientFailure(new UnresolvedAddressException())))
        .isEqualTo(
            "no Kubernetes cluster to run on: no kubeconfig was found (KUBECONFIG,"
                + " ~/.kube/config) and this is not a pod in a cluster");
  }

  @Test
  void aHostThatDoesNotResolveIsNamed() {
    assertThat(
            ApiFailure.message(
                "https://k8s.example.invalid:6443/",
                clientFailure(new UnresolvedAddressException())))
        .isEqualTo(
            "Kubernetes at https://k8s.example.invalid:6443/ did not answer:"
                + " no host named k8s.example.invalid");
  }

  @Test
  void aTlsFailureKeepsItsMessage() {
    assertThat(
            ApiFailure.message(
                "https://10.0.0.1:6443/",
                new KubernetesClientException(
                    "An error has occurred.",
                    new SSLHandshakeException("PKIX path building failed"))))
        .isEqualTo(
            "Kubernetes at https://10.0.0.1:6443/ did not answer: TLS failed: PKIX path building"
                + " failed");
  }

  @Test
  void anHttpRefusalGivesItsCodeAndTheServersWords() {
    assertThat(
            ApiFailure.message(
                "https://10.0.0.1:6443/", new KubernetesClientException("Unauthorized", 401, null)))
        .isEqualTo("Kubernetes at https://10.0.0.1:6443/ did not answer: HTTP 401: Unauthorized");
  }

  @Test
  void anUnknownFailureKeepsTheDeepestMessageInOneLine() {
    assertThat(
            ApiFailure.message(
                "https://10.0.0.1:6443/",
                new KubernetesClientException(
                    "An error has occurred.", new IOException("stream\n  was reset"))))
        .isEqualTo(
            "Kubernetes at https://10.0.0.1:6443/ did not answer: An error has occurred."
                + " (stream was reset)");
  }
}
