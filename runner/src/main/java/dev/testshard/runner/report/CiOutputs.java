package dev.testshard.runner.report;

import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.SummaryJson;
import dev.testshard.report.TimingsJson;
import dev.testshard.report.ci.FailureLocation;
import dev.testshard.report.ci.GithubAnnotations;
import dev.testshard.report.ci.JobSummary;
import dev.testshard.runner.common.FileProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a CI gets beyond the report files, made from the written report: the Markdown job summary
 * (to {@code --summary FILE}, and appended to {@code $GITHUB_STEP_SUMMARY} when that is set) and,
 * under GitHub Actions ({@code GITHUB_ACTIONS=true}), an {@code ::error} annotation per failure on
 * standard output. A summary that cannot be written is a warning: the run's report is complete.
 */
public final class CiOutputs {

  private final Path reportDir;
  private final Map<String, String> env;

  /**
   * @param env the process environment (where {@code GITHUB_*} are read)
   */
  public CiOutputs(Path reportDir, Map<String, String> env) {
    this.reportDir = reportDir;
    this.env = Map.copyOf(env);
  }

  /**
   * @param summaryFile where to write the summary (replaced), or null
   */
  public void write(Path summaryFile, Consumer<String> out, Consumer<String> warn) {
    String stepSummary = env.getOrDefault("GITHUB_STEP_SUMMARY", "");
    boolean annotate = "true".equals(env.get("GITHUB_ACTIONS"));
    if (summaryFile == null && stepSummary.isBlank() && !annotate) {
      return;
    }
    List<FailureLocation> failures;
    RunSummary summary;
    RunTimings timings;
    try {
      summary = SummaryJson.read(reportDir.resolve(RunReportWriter.SUMMARY_JSON));
      timings = TimingsJson.read(reportDir.resolve(RunReportWriter.TIMINGS_JSON));
      failures =
          FailureLocation.read(
              reportDir.resolve(RunReportWriter.MERGED_XML), JobSummary.FAILURES_LISTED);
    } catch (IOException | RuntimeException e) {
      warn.accept("cannot read the report for the job summary: " + e.getMessage());
      return;
    }
    if (annotate) {
      GithubAnnotations.lines(failures).forEach(out);
    }
    String markdown = JobSummary.markdown(summary, timings, failures);
    if (summaryFile != null) {
      writeTo(summaryFile, markdown, false, warn);
    }
    if (!stepSummary.isBlank()) {
      writeTo(Path.of(stepSummary), markdown, true, warn);
    }
  }

  private static void writeTo(Path file, String markdown, boolean append, Consumer<String> warn) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          file,
          markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      warn.accept(
          "cannot write the job summary to "
              + file
              + ": "
              + FileProblems.reason(e)
              + " (this run's report is complete)");
    }
  }
}
