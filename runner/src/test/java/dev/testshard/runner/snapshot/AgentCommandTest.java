package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.protocol.AgentMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCommandTest {

  @Test
  void startsTheAgentWithTheModulesArgumentFilesAroundTheBuildsOptions() {
    List<String> command =
        AgentCommand.moduleClassPath("/testshard/run/modules/m1", List.of("-Xmx1g", "-Da=b"))
            .withJvmOption("-XX:MaxRAMPercentage=75")
            .mode(AgentMode.RUN, List.of("--selection", "sel", "com.acme.CartTest"));

    assertThat(command)
        .containsExactly(
            "java",
            "-XX:MaxRAMPercentage=75",
            "@/testshard/run/modules/m1/jvm-args",
            "-Xmx1g",
            "-Da=b",
            "@/testshard/run/modules/m1/java-args",
            "dev.testshard.agent.AgentMain",
            "run",
            "--selection",
            "sel",
            "com.acme.CartTest");
  }

  @Test
  void startsTheAgentOnAClassPathAfterItsOptions() {
    List<String> command =
        AgentCommand.classPath("/testshard/agent.jar", List.of("-Dshared=1"))
            .withJvmOption("-XX:TieredStopAtLevel=1")
            .mode(AgentMode.PROBE, List.of("tcp", "db", "5432"));

    assertThat(command)
        .containsExactly(
            "java",
            "-XX:TieredStopAtLevel=1",
            "-Dshared=1",
            "-cp",
            "/testshard/agent.jar",
            "dev.testshard.agent.AgentMain",
            "probe",
            "tcp",
            "db",
            "5432");
  }

  @Test
  void addingAnOptionLeavesTheOriginalCommandAsItWas() {
    AgentCommand plain = AgentCommand.classPath("a.jar", List.of());

    plain.withJvmOption("-Xshare:off");

    assertThat(plain.mode(AgentMode.CDS, List.of()))
        .containsExactly("java", "-cp", "a.jar", "dev.testshard.agent.AgentMain", "cds");
  }
}
