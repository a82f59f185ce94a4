package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Skipped, not failed, without an engine: {@code disabledWithoutDocker = true}. */
@Testcontainers(disabledWithoutDocker = true)
class OptionalEchoTest {

  @Container final GenericContainer<?> echo = EchoImage.container();

  @Test
  void answersInItsOwnContainer() throws Exception {
    assertEquals("echo mine", EchoImage.ask(echo, "mine"));
  }
}
