package dev.testshard.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowestTest {

  @Test
  void keepsTheSlowestEntriesSlowestFirstWithTiesInArrivalOrder() {
    Slowest<String> slowest = new Slowest<>(3);
    slowest.offer("a", 1);
    slowest.offer("b", 5);
    slowest.offer("c", 3);
    slowest.offer("d", 5);
    slowest.offer("e", 0.5);
    slowest.offer("f", 4);

    assertThat(slowest.slowestFirst()).containsExactly("b", "d", "f");
  }
}
