package dev.testshard.runner.kubernetes;

/**
 * What a sweep of a namespace deleted (the pods and network policies of runs that are over), and
 * how many pods of other runs it kept because they may still be in progress.
 */
public record ClusterSweep(int pods, int policies, int keptPods) {}
