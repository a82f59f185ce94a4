package dev.testshard.runner.steps;

import dev.testshard.runner.console.ProgressModel;

/**
 * Where a run says what happens: the steps' lines, warnings, error lines and the live progress of
 * the shards. The CLI prints them (and drops the steps' lines with {@code --quiet}); the steps know
 * no stream.
 */
public interface RunEvents {

  /** A step's line, e.g. "snapshot taken: ...". */
  void line(String text);

  /** A line shown whatever the verbosity (an image being pulled, a CI annotation). */
  void notice(String text);

  /** A warning: something testshard could not honour or had to work around. */
  void warning(String text);

  /** A line of standard error as it is, e.g. one of Maven's errors. */
  void error(String text);

  /** Opens the live progress of the shards, for what is known of them so far. */
  ProgressDisplay progress(ProgressModel model);
}
