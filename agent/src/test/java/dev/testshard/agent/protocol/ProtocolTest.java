package dev.testshard.agent.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker batch line: what the runner writes is what the agent reads. */
class ProtocolTest {

  @Test
  void aBatchLineCarriesItsClassNamesBackToTheAgent() {
    List<String> names = List.of("com.example.ATest", "com.example.B$InnerTest");

    String line = Protocol.batchLine(names);

    assertThat(line).isEqualTo("com.example.ATest com.example.B$InnerTest");
    assertThat(Protocol.batchNames(line)).isEqualTo(names);
  }

  @Test
  void anEmptyBatchIsTheStopLine() {
    assertThat(Protocol.batchLine(List.of())).isEqualTo(Protocol.WORKER_STOP);
    assertThat(Protocol.batchNames(Protocol.batchLine(List.of())))
        .containsExactly(Protocol.WORKER_STOP);
  }

  @Test
  void extraSpacesAndACarriageReturnAreNotNames() {
    assertThat(Protocol.batchNames("  a.ATest   b.BTest \r")).containsExactly("a.ATest", "b.BTest");
  }
}
