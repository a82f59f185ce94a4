package dev.testshard.runner.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KubernetesTargetTest {

  @Test
  void tagsTheRunsImageWithTheRunIdInTheGivenRepository() {
    assertThat(
            new KubernetesTarget("127.0.0.1:5215/testshard", null, null, null).imageReference("r1"))
        .isEqualTo("127.0.0.1:5215/testshard:r1");
    assertThat(
            new KubernetesTarget("registry.example.com/team/ts", "ns", null, null).pendingTimeout())
        .isEqualTo(KubernetesTarget.DEFAULT_PENDING_TIMEOUT);
    assertThat(new KubernetesTarget("localhost/x", null, null, null).registry())
        .isEqualTo("localhost/x");
  }

  @Test
  void refusesARegistryWithoutHostOrWithATag() {
    for (String bad :
        new String[] {"testshard", "team/testshard", "host.io/repo:tag", "host.io/Repo"}) {
      assertThatThrownBy(() -> new KubernetesTarget(bad, null, null, null))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HOST[:PORT]/REPOSITORY");
    }
  }
}
