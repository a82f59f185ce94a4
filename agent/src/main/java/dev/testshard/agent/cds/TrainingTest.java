package dev.testshard.agent.cds;

import org.junit.jupiter.api.Test;

/**
 * What the class data sharing training runs (see {@code CdsTraining}), so that the archive holds
 * the classes the JUnit Platform and Jupiter need to run a test, not only to discover one. Never on
 * a test root, so no project discovers it; without Jupiter the annotation is simply absent.
 */
public final class TrainingTest {

  @Test
  void runs() {
    // nothing to do: loading and running the engine's machinery is the point
  }
}
