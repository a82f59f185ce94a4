package dev.testshard.report;

import java.util.Objects;

/**
 * How much captured text the merged report may carry per test, and where the full text is kept.
 * Longer text is cut by {@link XmlText#cap} (head and tail kept, pointer in the middle).
 *
 * @param maxOutputCharsPerTest limit for each of {@code <system-out>} and {@code <system-err>} of
 *     one test case, in chars; positive. A rerun's output is capped separately to the same limit.
 * @param maxStackTraceChars limit for the text of {@code <failure>}, {@code <error>} and {@code
 *     <skipped>} and for each rerun's {@code <stackTrace>}, in chars; positive
 * @param outputPointer where the full output of a shard is, relative to the report directory;
 *     {@value #SHARD_PLACEHOLDER} stands for the suite's hostname (the shard id), e.g. {@code
 *     shards/{shard}/output.log}; never null
 */
public record ReportLimits(
    int maxOutputCharsPerTest, int maxStackTraceChars, String outputPointer) {

  /** Placeholder in {@link #outputPointer()} for the shard id. */
  public static final String SHARD_PLACEHOLDER = "{shard}";

  /** 64 KiB of output and of stack trace per test; full logs under {@code shards/<shard>/}. */
  public static final ReportLimits DEFAULTS =
      new ReportLimits(64 * 1024, 64 * 1024, "shards/" + SHARD_PLACEHOLDER + "/output.log");

  public ReportLimits {
    if (maxOutputCharsPerTest <= 0) {
      throw new IllegalArgumentException(
          "maxOutputCharsPerTest must be positive: " + maxOutputCharsPerTest);
    }
    if (maxStackTraceChars <= 0) {
      throw new IllegalArgumentException(
          "maxStackTraceChars must be positive: " + maxStackTraceChars);
    }
    Objects.requireNonNull(outputPointer, "outputPointer");
  }

  /** These limits with another pointer template. */
  public ReportLimits withOutputPointer(String template) {
    return new ReportLimits(maxOutputCharsPerTest, maxStackTraceChars, template);
  }

  /**
   * The pointer for one suite: {@link #outputPointer()} with {@value #SHARD_PLACEHOLDER} replaced
   * by {@code hostname}, or by {@code *} when the hostname is null.
   */
  public String pointerFor(String hostname) {
    return outputPointer.replace(SHARD_PLACEHOLDER, hostname == null ? "*" : hostname);
  }
}
