package dev.testshard.runner.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.Outcome;
import dev.testshard.runner.plan.Shard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailFastTest {

  private final Shard shard = new Shard("s1", "m", List.of());

  @Test
  void tripsOnceAtTheNthFailedTestAndPassesEveryEventOn() {
    FailFast failFast = new FailFast(2);
    AtomicInteger trips = new AtomicInteger();
    List<String> heard = new ArrayList<>();
    ProgressListener listener =
        failFast.counting(
            new ProgressListener() {
              @Override
              public void testFinished(
                  Shard s, String className, String name, Outcome outcome, String message) {
                heard.add(name);
              }
            },
            trips::incrementAndGet);

    listener.testFinished(shard, "a.T", "one", Outcome.FAILED, "no");
    listener.testFinished(shard, "a.T", "two", Outcome.PASSED, null);
    assertThat(failFast.tripped()).isFalse();
    listener.testFinished(shard, "a.T", "three", Outcome.ERROR, "no");
    listener.testFinished(shard, "a.T", "four", Outcome.FAILED, "no");

    assertThat(failFast.tripped()).isTrue();
    assertThat(trips).hasValue(1);
    assertThat(heard).containsExactly("one", "two", "three", "four");
    assertThat(failFast.reason())
        .isEqualTo("not run: --fail-fast stopped the run after 2 failed tests");
  }

  @Test
  void offNeverTrips() {
    for (int i = 0; i < 5; i++) {
      assertThat(FailFast.OFF.countFailure()).isFalse();
    }
    assertThat(FailFast.OFF.tripped()).isFalse();
  }
}
