package dev.testshard.runner.cli;

import picocli.CommandLine.Option;

/** Which namespace of which kubeconfig context: {@code run --kubernetes} and {@code clean}. */
final class ClusterChoice {

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description = "With --kubernetes: the pods' namespace (default: the context's).")
  String namespace;

  @Option(
      names = "--context",
      paramLabel = "CTX",
      description = "With --kubernetes: the kubeconfig context (default: the current one).")
  String context;

  /** The option given without {@code --kubernetes}, or null when neither is. */
  String givenOption() {
    return namespace != null ? "--namespace" : context != null ? "--context" : null;
  }
}
