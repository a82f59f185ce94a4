package dev.testshard.report.html;

import static dev.testshard.report.html.Cases.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.RunTimings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Timeline.Span span(String shard, String name, double at, double seconds) {
    return new Timeline.Span(
        shard, name, START.plusMillis((long) (at * 1000)), seconds, Status.PASSED);
  }

  @Test
  void aRunHasOneRowPerShardWithClassBarsOffsetFromTheFirstContainer() {
    List<RunTimings.ShardTiming> timings =
        List.of(Cases.timing("s1", 0, 10), Cases.timing("s2", 1, 4));
    List<Timeline.Span> spans =
        List.of(
            span("s1", "a.ATest", 2, 5),
            span("s2", "a.BTest", 3, 0.5),
            span("s1", "a.CTest", 7, 2.5));

    Timeline timeline =
        Timeline.build(
            spans,
            timings,
            List.of(Cases.shard("s1", "passed", null), Cases.shard("s2", "failed", null)));

    assertThat(timeline.approximate()).isFalse();
    assertThat(timeline.endSeconds()).isEqualTo(10);
    assertThat(timeline.rows()).extracting(Timeline.Row::shard).containsExactly("s1", "s2");
    Timeline.Row first = timeline.rows().get(0);
    assertThat(first.start()).isZero();
    assertThat(first.ready()).isEqualTo(2);
    assertThat(first.end()).isEqualTo(10);
    assertThat(first.bars())
        .containsExactly(
            new Timeline.Bar("a.ATest", 2, 5, "p"), new Timeline.Bar("a.CTest", 7, 2.5, "p"));
    Timeline.Row second = timeline.rows().get(1);
    assertThat(second.status()).isEqualTo("failed");
    assertThat(second.end()).isEqualTo(4);
    assertThat(second.bars()).containsExactly(new Timeline.Bar("a.BTest", 3, 0.5, "p"));
  }

  @Test
  void barsStayInsideTheirContainer() {
    Timeline timeline =
        Timeline.build(
            List.of(span("s1", "a.LongTest", 3, 60)), List.of(Cases.timing("s1", 1, 5)), List.of());

    assertThat(timeline.rows().get(0).bars())
        .containsExactly(new Timeline.Bar("a.LongTest", 2, 2, "p"));
  }

  @Test
  void aShardThatNeverStartedGetsAnEmptyRowWithItsReason() {
    Timeline timeline =
        Timeline.build(
            List.of(),
            List.of(Cases.timing("s1", 0, 5)),
            List.of(Cases.shard("s1", "passed", null), Cases.shard("s2", "lost", "not started")));

    Timeline.Row never = timeline.rows().get(1);
    assertThat(never.shard()).isEqualTo("s2");
    assertThat(never.end()).isEqualTo(never.start());
    assertThat(never.reason()).isEqualTo("not started");
  }

  @Test
  void withoutContainerTimesTheRowsComeFromTheShardPropertiesAndTimestamps() {
    Timeline timeline =
        Timeline.build(
            List.of(
                span("s1", "a.ATest", 10, 5),
                span("s2", "a.BTest", 12, 1),
                span("s1", "a.CTest", 15, 2)),
            List.of(),
            List.of());

    assertThat(timeline.approximate()).isTrue();
    assertThat(timeline.endSeconds()).isEqualTo(7);
    assertThat(timeline.rows()).extracting(Timeline.Row::shard).containsExactly("s1", "s2");
    assertThat(timeline.rows().get(0).start()).isZero();
    assertThat(timeline.rows().get(0).end()).isEqualTo(7);
    assertThat(timeline.rows().get(1).start()).isEqualTo(2);
  }

  @Test
  void plainJUnitXmlWithoutShardsOrTimestampsHasNoTimeline() {
    assertThat(Timeline.build(List.of(span(null, "a.ATest", 1, 1)), List.of(), List.of())).isNull();
    assertThat(
            Timeline.build(
                List.of(new Timeline.Span("s1", "a.ATest", null, 1, Status.PASSED)),
                List.of(),
                List.of()))
        .isNull();
  }
}
