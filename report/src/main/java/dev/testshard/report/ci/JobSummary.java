package dev.testshard.report.ci;

import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.ShardSummary;
import dev.testshard.report.SummaryTotals;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A run as a Markdown job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}): the totals, the failures
 * (class, test, first line of the message), lost work, the slowest classes. Plain text, no links: a
 * summary outlives the runner's paths. Pure.
 */
public final class JobSummary {

  /** Failures listed; the rest are counted. */
  public static final int FAILURES_LISTED = 50;

  /** Slowest classes listed. */
  static final int SLOWEST_LISTED = 5;

  /** Longest message kept in a table cell. */
  static final int CELL_LIMIT = 200;

  private JobSummary() {}

  /**
   * @param timings the run's class times, or null when unknown
   * @param failures the first failures of the report (at most {@link #FAILURES_LISTED} are shown)
   */
  public static String markdown(
      RunSummary summary, RunTimings timings, List<FailureLocation> failures) {
    SummaryTotals totals = summary.totals();
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "## testshard: %s, %d tests in %s%n%n",
            verdict(summary),
            totals.tests(),
            seconds(summary.wallTimeSeconds())));
    md.append("| tests | passed | failed | errors | skipped | flaky | shards |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| %d | %d | %d | %d | %d | %d | %d |%n",
            totals.tests(),
            totals.passed(),
            totals.failures(),
            totals.errors(),
            totals.skipped(),
            totals.flaky(),
            summary.shards().size()));
    int failed = totals.failures() + totals.errors();
    if (failed > 0) {
      md.append(String.format(Locale.ROOT, "%n### Failures (%d)%n%n", failed));
      md.append("| class | test | outcome | message |\n|---|---|---|---|\n");
      failures.stream()
          .limit(FAILURES_LISTED)
          .forEach(
              failure ->
                  md.append("| ")
                      .append(cell(failure.className()))
                      .append(" | ")
                      .append(cell(failure.name()))
                      .append(" | ")
                      .append(failure.error() ? "error" : "failed")
                      .append(" | ")
                      .append(cell(firstLine(failure.message())))
                      .append(" |\n"));
      int listed = Math.min(failures.size(), FAILURES_LISTED);
      if (failed > listed) {
        md.append(String.format(Locale.ROOT, "%nand %d more in the report.%n", failed - listed));
      }
    }
    List<ShardSummary> lost =
        summary.shards().stream().filter(shard -> "lost".equals(shard.status())).toList();
    if (!lost.isEmpty()) {
      md.append("\n### Lost work\n\n");
      for (ShardSummary shard : lost) {
        md.append(
            String.format(
                Locale.ROOT,
                "- %s (%d classes): %s%n",
                shard.id(),
                shard.classes(),
                cell(firstLine(shard.lostReason() == null ? "lost" : shard.lostReason()))));
      }
    }
    if (timings != null && !timings.classes().isEmpty()) {
      md.append("\n### Slowest classes\n\n| class | shard | tests | time |\n|---|---|---:|---:|\n");
      timings.classes().stream()
          .sorted(Comparator.comparingDouble(RunTimings.ClassTiming::seconds).reversed())
          .limit(SLOWEST_LISTED)
          .forEach(
              c ->
                  md.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %s | %d | %s |%n",
                          cell(c.name()),
                          cell(c.shard() == null ? "" : c.shard()),
                          c.tests(),
                          seconds(c.seconds()))));
    }
    return md.toString();
  }

  private static String verdict(RunSummary summary) {
    return switch (summary.outcome()) {
          case "passed" -> "passed";
          case "failed" -> "failed";
          case "no-tests" -> "no tests";
          case "infrastructure-failure" -> "work lost";
          default -> "error";
        }
        + " (exit code "
        + summary.exitCode()
        + ")";
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static String firstLine(String text) {
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline).strip() + " …";
  }

  /**
   * Text that stays inside its table cell and is shown as written: Markdown's and HTML's special
   * characters escaped, so a message cannot make a link, an image or a broken table.
   */
  static String cell(String text) {
    String oneLine = text.replace('\r', ' ').replace('\n', ' ');
    if (oneLine.length() > CELL_LIMIT) {
      oneLine = oneLine.substring(0, CELL_LIMIT) + "…";
    }
    StringBuilder escaped = new StringBuilder(oneLine.length());
    for (char c : oneLine.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '!', '#', '~' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
