package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostJdkBaseImageTest {

  /** Every Linux host that runs Maven has a shell; a link such as sh -> dash goes in resolved. */
  @Test
  void findsTheHostsToolsAsTheirRealFiles() throws Exception {
    Map<String, Path> tools = HostJdkBaseImage.hostTools();

    assertThat(tools).containsKeys("sh", "ln", "chmod");
    assertThat(tools.keySet()).isSubsetOf(HostJdkBaseImage.TOOLS);
    assertThat(tools.values())
        .allSatisfy(
            file -> {
              assertThat(Files.isSymbolicLink(file)).as(file.toString()).isFalse();
              assertThat(file).isExecutable();
              assertThat(file.toRealPath()).isEqualTo(file);
            });
  }
}
