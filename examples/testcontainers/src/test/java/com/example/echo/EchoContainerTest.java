package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Needs Docker: without an engine the class fails ("Could not find a valid Docker environment"). */
@Testcontainers
class EchoContainerTest {

  @Container static final GenericContainer<?> ECHO = EchoImage.container();

  @Test
  void answersALine() throws Exception {
    assertEquals("echo hello", EchoImage.ask(ECHO, "hello"));
  }

  @Test
  void answersEachConnectionAfresh() throws Exception {
    assertEquals("echo one", EchoImage.ask(ECHO, "one"));
    assertEquals("echo two", EchoImage.ask(ECHO, "two"));
  }
}
