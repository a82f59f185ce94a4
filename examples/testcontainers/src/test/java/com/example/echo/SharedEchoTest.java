package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

/**
 * Testcontainers' singleton pattern: one container for the whole JVM, started once and never
 * stopped by the tests. Testcontainers leaves its removal to Ryuk or, with Ryuk disabled, to a
 * shutdown hook of the JVM; inside testshard the shard's end removes it too, by its session label,
 * should the JVM die before the hook runs.
 */
class SharedEchoTest {

  static final GenericContainer<?> SHARED = EchoImage.container();

  static {
    SHARED.start();
  }

  @Test
  void answersFromTheSharedContainer() throws Exception {
    assertEquals("echo shared", EchoImage.ask(SHARED, "shared"));
  }
}
