package dev.testshard.runner.kubernetes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pod's log followed across streams that end early: every line once, in order. */
class ResumedLogTest {

  /** A log served as scripted streams, each the log's start up to a cut (or the whole log). */
  private static final class ScriptedLog implements ResumedLog.Source {
    private final Deque<InputStream> streams = new ArrayDeque<>();
    private final Deque<Boolean> endedAnswers = new ArrayDeque<>();
    private boolean stopped;
    private int endsAtOpen;
    int opens;

    /** The container ends once the log was opened {@code open} times. */
    ScriptedLog endsAtOpen(int open) {
      endsAtOpen = open;
      return this;
    }

    ScriptedLog stream(String content) {
      streams.add(new ByteArrayInputStream(content.getBytes(UTF_8)));
      return this;
    }

    /** A stream that gives {@code content} and then fails, as a dropped connection does. */
    ScriptedLog failingStream(String content) {
      InputStream failing =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("connection reset");
            }
          };
      streams.add(
          new SequenceInputStream(new ByteArrayInputStream(content.getBytes(UTF_8)), failing));
      return this;
    }

    /** What {@link #ended} answers, in turn; the last answer repeats. */
    ScriptedLog ended(Boolean... answers) {
      endedAnswers.addAll(List.of(answers));
      return this;
    }

    @Override
    public InputStream open() throws IOException {
      opens++;
      if (streams.isEmpty()) {
        throw new IOException("no such pod");
      }
      return streams.poll();
    }

    @Override
    public boolean ended() {
      if (endsAtOpen > 0) {
        return opens >= endsAtOpen;
      }
      return endedAnswers.size() > 1 ? endedAnswers.poll() : endedAnswers.peek();
    }

    @Override
    public boolean stopped() {
      return stopped;
    }
  }

  private final List<String> lines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private void follow(ScriptedLog log) {
    new ResumedLog(log, 3, Duration.ZERO, Duration.ofMillis(300)).follow(lines::add, notes::add);
  }

  @Test
  void aStreamThatEndsWithItsContainerIsReadOnce() {
    ScriptedLog log = new ScriptedLog().stream("a\nb\nlast without end").ended(true);

    follow(log);

    assertThat(lines).containsExactly("a", "b", "last without end");
    assertThat(notes).isEmpty();
    assertThat(log.opens).isEqualTo(1);
  }

  @Test
  void theContainersEndMayShowAMomentAfterItsStreamEnds() {
    ScriptedLog log = new ScriptedLog().stream("a\nb\n").ended(false, false, true);

    follow(log);

    assertThat(lines).containsExactly("a", "b");
    assertThat(notes).isEmpty();
    assertThat(log.opens).isEqualTo(1);
  }

  @Test
  void aStreamCutWhileTheContainerRunsIsReadAgainSkippingWhatCameThrough() {
    ScriptedLog log =
        new ScriptedLog()
            .stream("a\nb\nhalf of c").failingStream("a\nb\nc\nd\n").stream("a\nb\nc\nd\ne\n")
                .endsAtOpen(3);

    follow(log);

    assertThat(lines).containsExactly("a", "b", "c", "d", "e");
    assertThat(log.opens).isEqualTo(3);
    assertThat(notes)
        .hasSize(2)
        .first()
        .asString()
        .contains("ended early after 2 lines; reading it again, skipping those");
    assertThat(notes.get(1)).contains("ended with an error (connection reset) after 4 lines");
  }

  @Test
  void aStreamCutAsItsContainerEndedIsReadOnceMore() {
    ScriptedLog log = new ScriptedLog().failingStream("a\n").stream("a\nb\nfinished\n").ended(true);

    follow(log);

    assertThat(lines).containsExactly("a", "b", "finished");
    assertThat(log.opens).isEqualTo(2);
  }

  @Test
  void aLogThatCannotBeReadAgainEndsTheFollowWithANote() {
    ScriptedLog log = new ScriptedLog().stream("a\n").ended(false);

    follow(log);

    assertThat(lines).containsExactly("a");
    assertThat(log.opens).isEqualTo(4);
    assertThat(notes).last().asString().contains("4 times; the rest is not read");
  }

  @Test
  void aContainerTheRunnerStoppedIsNotReadAgain() {
    ScriptedLog log = new ScriptedLog().failingStream("a\n").ended(false);
    log.stopped = true;

    follow(log);

    assertThat(lines).containsExactly("a");
    assertThat(log.opens).isEqualTo(1);
    assertThat(notes).isEmpty();
  }
}
