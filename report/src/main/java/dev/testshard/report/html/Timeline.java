package dev.testshard.report.html;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.testshard.report.RunTimings.ShardTiming;
import dev.testshard.report.ShardSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shard timeline: one row per shard container, its test classes as bars over time, seconds from
 * the start of the first container. Built from the class start times of the suites and, for a run,
 * the containers' measured start and end ({@code timings.json}); a report merged from JUnit XML has
 * only the suites' timestamps (whole seconds) and shard properties, so its timeline is {@linkplain
 * #approximate() approximate}. Pure.
 *
 * @param approximate true when derived from JUnit XML timestamps alone
 * @param endSeconds when the last container ended: the right edge of every row, so that the idle
 *     tail of a shard that finished early is visible
 * @param rows one per shard, in plan order
 */
record Timeline(boolean approximate, double endSeconds, List<Row> rows) {

  /** One class of a shard, as {@link HtmlReportWriter} sees it; {@code start} may be null. */
  record Span(String shard, String className, Instant start, double seconds, Status status) {}

  /**
   * One shard.
   *
   * @param status {@code passed}, {@code failed} or {@code lost}
   * @param reason why it was lost, or null
   * @param start when its container was requested (0 with {@code end} when it never started)
   * @param ready when its first test class started; before that the container and JVM started
   * @param end when its container was gone
   */
  record Row(
      String shard,
      String status,
      String reason,
      double start,
      double ready,
      double end,
      List<Bar> bars) {}

  /** One class: written as {@code [name, start, seconds, status]} to keep the page small. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"name", "start", "seconds", "status"})
  record Bar(String name, double start, double seconds, String status) {}

  /**
   * The timeline of a run, or of a merged report when {@code timings} is empty; null when nothing
   * is known about when classes ran.
   */
  static Timeline build(List<Span> spans, List<ShardTiming> timings, List<ShardSummary> shards) {
    return timings.isEmpty() ? derived(spans) : measured(spans, timings, shards);
  }

  private static Timeline measured(
      List<Span> spans, List<ShardTiming> timings, List<ShardSummary> shards) {
    Instant origin = timings.get(0).startedAt();
    Instant last = timings.get(0).endedAt();
    for (ShardTiming timing : timings) {
      origin = timing.startedAt().isBefore(origin) ? timing.startedAt() : origin;
      last = timing.endedAt().isAfter(last) ? timing.endedAt() : last;
    }
    Map<String, List<Span>> byShard = byShard(spans);
    Map<String, ShardSummary> summaries = new LinkedHashMap<>();
    shards.forEach(shard -> summaries.put(shard.id(), shard));
    List<Row> rows = new ArrayList<>();
    for (ShardTiming timing : timings) {
      double start = seconds(origin, timing.startedAt());
      double end = Math.max(start, seconds(origin, timing.endedAt()));
      double ready = Math.min(end, start + Math.max(0, timing.firstTestSeconds()));
      List<Bar> bars = new ArrayList<>();
      for (Span span : byShard.getOrDefault(timing.id(), List.of())) {
        if (span.start() != null) {
          double from = Math.min(end, Math.max(start, seconds(origin, span.start())));
          double to = Math.min(end, from + span.seconds());
          bars.add(new Bar(span.className(), round(from), round(to - from), span.status().code));
        }
      }
      rows.add(row(timing.id(), summaries.remove(timing.id()), start, ready, end, bars));
    }
    for (ShardSummary never : summaries.values()) {
      rows.add(row(never.id(), never, 0, 0, 0, List.of()));
    }
    return new Timeline(false, round(seconds(origin, last)), rows);
  }

  private static Timeline derived(List<Span> spans) {
    Instant origin = null;
    for (Span span : spans) {
      if (span.shard() != null && span.start() != null) {
        origin = origin == null || span.start().isBefore(origin) ? span.start() : origin;
      }
    }
    if (origin == null) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    double last = 0;
    for (Map.Entry<String, List<Span>> shard : byShard(spans).entrySet()) {
      List<Bar> bars = new ArrayList<>();
      double start = Double.MAX_VALUE;
      double end = 0;
      for (Span span : shard.getValue()) {
        if (span.start() != null) {
          double from = seconds(origin, span.start());
          bars.add(
              new Bar(span.className(), round(from), round(span.seconds()), span.status().code));
          start = Math.min(start, from);
          end = Math.max(end, from + span.seconds());
        }
      }
      if (!bars.isEmpty()) {
        rows.add(row(shard.getKey(), null, start, start, end, bars));
        last = Math.max(last, end);
      }
    }
    return new Timeline(true, round(last), rows);
  }

  private static Row row(
      String id, ShardSummary summary, double start, double ready, double end, List<Bar> bars) {
    String status;
    if (summary != null) {
      status = summary.status();
    } else {
      boolean lost = bars.stream().anyMatch(bar -> bar.status().equals(Status.LOST.code));
      boolean failed =
          bars.stream()
              .anyMatch(
                  bar ->
                      bar.status().equals(Status.FAILED.code)
                          || bar.status().equals(Status.ERROR.code));
      status = lost ? "lost" : failed ? "failed" : "passed";
    }
    return new Row(
        id,
        status,
        summary == null ? null : summary.lostReason(),
        round(start),
        round(ready),
        round(end),
        List.copyOf(bars));
  }

  private static Map<String, List<Span>> byShard(List<Span> spans) {
    Map<String, List<Span>> byShard = new LinkedHashMap<>();
    for (Span span : spans) {
      if (span.shard() != null) {
        byShard.computeIfAbsent(span.shard(), id -> new ArrayList<>()).add(span);
      }
    }
    return byShard;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
