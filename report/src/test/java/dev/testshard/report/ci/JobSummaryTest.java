package dev.testshard.report.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.RunSummary;
import dev.testshard.report.RunTimings;
import dev.testshard.report.ShardSummary;
import dev.testshard.report.SummaryTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {

  private static RunSummary summary(
      int exitCode, String outcome, SummaryTotals totals, List<ShardSummary> shards) {
    return new RunSummary(
        null,
        "shop",
        "20260115-100203-ab12",
        Instant.parse("2026-01-15T10:02:03Z"),
        42.25,
        exitCode,
        outcome,
        totals,
        shards,
        null,
        null,
        null);
  }

  private static RunTimings.ClassTiming timing(String name, String shard, double seconds) {
    return new RunTimings.ClassTiming(name, "shop", shard, seconds, 3);
  }

  @Test
  void showsTotalsFailuresLostWorkAndTheSlowestClasses() {
    RunSummary summary =
        summary(
            4,
            "infrastructure-failure",
            new SummaryTotals(20, 15, 1, 2, 2, 80.0, 1),
            List.of(
                new ShardSummary("worker-1", 4, 12, 9, 1, 0, 2, 30.0, 0, "failed", null),
                new ShardSummary(
                    "worker-2",
                    2,
                    8,
                    6,
                    0,
                    2,
                    0,
                    12.0,
                    null,
                    "lost",
                    "the test JVM exited with code 3 before the agent finished\nsee output.log")));
    RunTimings timings =
        new RunTimings(
            null,
            "r",
            List.of(
                timing("com.acme.FastTest", "worker-1", 0.5),
                timing("com.acme.SlowTest", "worker-2", 20.0),
                timing("com.acme.MidTest", "worker-1", 7.25)),
            List.of());
    List<FailureLocation> failures =
        List.of(
            new FailureLocation(
                "com.acme.CartTest",
                "adds",
                false,
                "expected: <2> but was: <3>\nat line two",
                "src/test/java/com/acme/CartTest.java",
                17),
            new FailureLocation("com.acme.SlowTest", "waits", true, "a | b <script>", null, 0),
            new FailureLocation("com.acme.SlowTest", "sleeps", true, null, null, 0));

    String markdown = JobSummary.markdown(summary, timings, failures);

    assertThat(markdown)
        .isEqualTo(
            """
            ## testshard: work lost (exit code 4), 20 tests in 42.3 s

            | tests | passed | failed | errors | skipped | flaky | shards |
            |---:|---:|---:|---:|---:|---:|---:|
            | 20 | 15 | 1 | 2 | 2 | 1 | 2 |

            ### Failures (3)

            | class | test | outcome | message |
            |---|---|---|---|
            | com.acme.CartTest | adds | failed | expected: &lt;2&gt; but was: &lt;3&gt; … |
            | com.acme.SlowTest | waits | error | a \\| b &lt;script&gt; |
            | com.acme.SlowTest | sleeps | error |  |

            ### Lost work

            - worker-2 (2 classes): the test JVM exited with code 3 before the agent finished …

            ### Slowest classes

            | class | shard | tests | time |
            |---|---|---:|---:|
            | com.acme.SlowTest | worker-2 | 3 | 20.0 s |
            | com.acme.MidTest | worker-1 | 3 | 7.3 s |
            | com.acme.FastTest | worker-1 | 3 | 0.5 s |
            """);
  }

  @Test
  void aGreenRunIsItsTotalsOnly() {
    RunSummary summary =
        summary(
            0,
            "passed",
            new SummaryTotals(3, 3, 0, 0, 0, 1.0, 0),
            List.of(new ShardSummary("worker-1", 1, 3, 3, 0, 0, 0, 1.0, 0, "passed", null)));

    String markdown = JobSummary.markdown(summary, null, List.of());

    assertThat(markdown)
        .startsWith("## testshard: passed (exit code 0), 3 tests in 42.3 s\n")
        .contains("| 3 | 3 | 0 | 0 | 0 | 0 | 1 |")
        .doesNotContain("### Failures", "### Lost work", "### Slowest");
  }

  @Test
  void countsTheFailuresItDoesNotList() {
    List<FailureLocation> failures = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      failures.add(new FailureLocation("a.T", "t" + i, false, "m", null, 0));
    }
    RunSummary summary =
        summary(1, "failed", new SummaryTotals(80, 10, 70, 0, 0, 1.0, 0), List.of());

    String markdown = JobSummary.markdown(summary, null, failures);

    assertThat(markdown).contains("| a.T | t49 |").doesNotContain("| a.T | t50 |");
    assertThat(markdown).contains("and 20 more in the report.");
  }

  @Test
  void escapesWhatMarkdownWouldTurnIntoLinksImagesOrFormatting() {
    assertThat(JobSummary.cell("![x](http://e.vil) *b* _i_ `c`"))
        .isEqualTo("\\!\\[x\\](http://e.vil) \\*b\\* \\_i\\_ \\`c\\`");
  }
}
