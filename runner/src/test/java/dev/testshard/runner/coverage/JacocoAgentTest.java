package dev.testshard.runner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JacocoAgentTest {

  private static final String JAR =
      "/m2/org/jacoco/org.jacoco.agent/0.8.12/org.jacoco.agent-0.8.12-runtime.jar";

  @Test
  void findsTheAgentPrepareAgentPutsIntoTheArgLine() {
    List<String> args =
        List.of("-Xmx1g", "-javaagent:" + JAR + "=destfile=/p/target/jacoco.exec,append=false");

    JacocoAgent agent = JacocoAgent.find(args).orElseThrow();

    assertThat(agent.index()).isEqualTo(1);
    assertThat(agent.destfile(Path.of("/p"))).isEqualTo(Path.of("/p/target/jacoco.exec"));
    assertThat(agent.append()).isFalse();
    assertThat(agent.withDestfile("/tmp/r/c.exec"))
        .isEqualTo("-javaagent:" + JAR + "=destfile=/tmp/r/c.exec,append=false");
  }

  @Test
  void withoutOptionsItWritesJacocoExecInTheWorkingDirectoryAndAppends() {
    JacocoAgent agent = JacocoAgent.find(List.of("-javaagent:/x/jacocoagent.jar")).orElseThrow();

    assertThat(agent.destfile(Path.of("/p/m"))).isEqualTo(Path.of("/p/m/jacoco.exec"));
    assertThat(agent.append()).isTrue();
    assertThat(agent.withDestfile("/r/c.exec"))
        .isEqualTo("-javaagent:/x/jacocoagent.jar=destfile=/r/c.exec");
  }

  @Test
  void otherAgentsAndAnAgentThatWritesNoFileAreNotIt() {
    assertThat(JacocoAgent.find(List.of("-javaagent:/m2/mockito-core-5.jar"))).isEmpty();
    assertThat(JacocoAgent.find(List.of("-javaagent:" + JAR + "=output=tcpserver"))).isEmpty();
    assertThat(JacocoAgent.find(List.of("-Djacoco=" + JAR))).isEmpty();
  }
}
