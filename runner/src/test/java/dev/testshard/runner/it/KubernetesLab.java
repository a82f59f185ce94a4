package dev.testshard.runner.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's own two-node Kubernetes 1.20 lab ({@code bin/ensure-k8s-lab}, idempotent: started
 * when it is not running, left running for the next test; bin/test stops it after the build if it
 * started it), and kubectl against it. The in-process CLI finds the lab's kubeconfig through the
 * {@code kubeconfig} system property, which the Kubernetes client reads as it reads {@code
 * KUBECONFIG}.
 */
record KubernetesLab(String kubeconfig, String kubectl, String registry) {

  static KubernetesLab ensure() throws Exception {
    // Up to an hour: on a machine without the cached binaries the script builds Kubernetes first
    // (10 to 40 minutes on 2 cores).
    Command.Result started = labScript(60);
    String kubeconfig = value(started.output(), "KUBECONFIG");
    System.setProperty("kubeconfig", kubeconfig);
    return new KubernetesLab(
        kubeconfig, value(started.output(), "KUBECTL"), value(started.output(), "REGISTRY"));
  }

  /** Kills the lab's API server and starts it again {@code seconds} later; waits until it is. */
  void restartApiServer(int seconds) throws Exception {
    labScript(5, "--restart-apiserver", Integer.toString(seconds));
  }

  /** The project's bin/ensure-k8s-lab with these arguments, at most {@code minutes}. */
  private static Command.Result labScript(int minutes, String... args) throws Exception {
    Path root = Examples.dir("multi-package").getParent().getParent();
    List<String> command = new ArrayList<>(List.of("bin/ensure-k8s-lab"));
    command.addAll(List.of(args));
    Command.Result result = Command.run(root, command, Map.of(), minutes);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(command + " failed:\n" + result.output());
    }
    return result;
  }

  /** kubectl with these arguments; its output (standard error too). */
  String kubectl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(kubectl));
    command.addAll(List.of(args));
    Command.Result result = Command.run(Path.of("."), command, Map.of("KUBECONFIG", kubeconfig));
    if (result.exitCode() != 0) {
      throw new IllegalStateException(command + " failed:\n" + result.output());
    }
    return result.output();
  }

  private static String value(String output, String name) {
    return output
        .lines()
        .filter(line -> line.startsWith(name + "="))
        .map(line -> line.substring(name.length() + 1).strip())
        .reduce((first, last) -> last)
        .orElseThrow(() -> new IllegalStateException("no " + name + "= in:\n" + output));
  }
}
