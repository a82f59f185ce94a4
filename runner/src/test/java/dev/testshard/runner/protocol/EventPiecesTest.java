package dev.testshard.runner.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.Protocol;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.services.ReadinessWait;
import org.junit.jupiter.api.Test;

class EventPiecesTest {

  private final EventPieces pieces = new EventPieces();

  @Test
  void joinsTheHeldPiecesToTheEventsLastPieceAndLeavesOtherLinesAlone() {
    assertThat(pieces.hold("ordinary output")).isFalse();
    assertThat(pieces.complete("ordinary output")).isEqualTo("ordinary output");
    assertThat(pieces.hold(Protocol.CONTINUATION_PREFIX + "{\"event\":\"pro")).isTrue();
    assertThat(pieces.hold("output between the pieces")).isFalse();
    assertThat(pieces.complete("output between the pieces")).isEqualTo("output between the pieces");
    assertThat(pieces.hold(Protocol.CONTINUATION_PREFIX + "be\",\"message\":\"a lo")).isTrue();
    assertThat(pieces.heldLength()).isEqualTo("{\"event\":\"probe\",\"message\":\"a lo".length());

    assertThat(pieces.complete(Protocol.PREFIX + "ng answer\"}"))
        .isEqualTo(Protocol.PREFIX + "{\"event\":\"probe\",\"message\":\"a long answer\"}");
    assertThat(pieces.heldLength()).isZero();
    assertThat(pieces.complete(Protocol.PREFIX + "{\"event\":\"finished\"}"))
        .isEqualTo(Protocol.PREFIX + "{\"event\":\"finished\"}");
  }

  @Test
  void aProbesLongAnswerInPiecesIsItsAnswer() {
    String output =
        Protocol.CONTINUATION_PREFIX
            + "{\"event\":\"probe\",\"message\":\"connection refu\n"
            + Protocol.PREFIX
            + "sed\"}\n";

    assertThat(ReadinessWait.probeAnswer(new ContainerEngine.ExecResult(1, output)))
        .isEqualTo("connection refused");
  }
}
