package dev.testshard.runner.console;

/** How much {@code testshard run} prints on standard output. */
public enum Verbosity {
  /** Only the failures and the final verdict line. */
  QUIET,
  /** Steps, progress, the end-of-run table, failures and flaky tests. */
  NORMAL,
  /** Also a line per test class, container ids and where each shard's time went. */
  VERBOSE
}
