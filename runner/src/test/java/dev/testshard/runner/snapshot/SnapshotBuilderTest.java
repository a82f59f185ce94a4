package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

  @Test
  void quotesAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("/workspace/target/test-classes:/testshard/deps/a b/x.jar"))
        .isEqualTo("\"/workspace/target/test-classes:/testshard/deps/a b/x.jar\"");
  }

  @Test
  void escapesQuotesInAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
  }

  @Test
  void escapesBackslashesInAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("C:\\deps\\x.jar")).isEqualTo("\"C:\\\\deps\\\\x.jar\"");
  }

  @Test
  void escapesABackslashBeforeAQuoteSoThatNeitherIsLost() {
    assertThat(SnapshotBuilder.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
  }
}
