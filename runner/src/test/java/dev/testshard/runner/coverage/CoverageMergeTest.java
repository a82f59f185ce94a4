package dev.testshard.runner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMergeTest {

  @TempDir Path dir;

  @Test
  void mergesEveryShardsDataIntoTheBuildsFile() throws IOException {
    write(dir.resolve("shards/a/junit/coverage/jacoco-m0.exec"), 1, "com/acme/Cart", true, false);
    write(
        dir.resolve("shards/b/attempt-2/junit/coverage/jacoco-m0.exec"),
        1,
        "com/acme/Cart",
        false,
        true);
    write(dir.resolve("shards/b/junit/coverage/jacoco-m1.exec"), 2, "com/acme/Other", true, true);
    Path target = dir.resolve("project/target/jacoco.exec");

    int merged = CoverageMerge.merge(dir.resolve("shards"), "jacoco-m0.exec", target, true);

    assertThat(merged).isEqualTo(2);
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(target.toFile());
    ExecutionData cart = loader.getExecutionDataStore().get(1);
    assertThat(cart.getProbes()).containsExactly(true, true);
    assertThat(loader.getExecutionDataStore().get(2)).as("another module's data").isNull();
  }

  @Test
  void appendsToTheExistingFileUnlessTheAgentReplacesIt() throws IOException {
    Path target = dir.resolve("jacoco.exec");
    write(target, 7, "com/acme/Old", true, false);
    write(dir.resolve("shards/a/jacoco-m0.exec"), 1, "com/acme/Cart", true, false);

    CoverageMerge.merge(dir.resolve("shards"), "jacoco-m0.exec", target, true);
    assertThat(load(target).getExecutionDataStore().get(7)).isNotNull();

    CoverageMerge.merge(dir.resolve("shards"), "jacoco-m0.exec", target, false);
    assertThat(load(target).getExecutionDataStore().get(7)).isNull();
    assertThat(load(target).getExecutionDataStore().get(1)).isNotNull();
  }

  @Test
  void noShardDataLeavesTheTargetAlone() throws IOException {
    Path target = Files.writeString(dir.resolve("jacoco.exec"), "earlier");

    assertThat(CoverageMerge.merge(dir.resolve("shards"), "jacoco-m0.exec", target, true)).isZero();
    assertThat(target).hasContent("earlier");
  }

  private static ExecFileLoader load(Path file) throws IOException {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(file.toFile());
    return loader;
  }

  private static void write(Path file, long id, String name, boolean... probes) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      writer.visitClassExecution(new ExecutionData(id, name, probes));
    }
  }
}
