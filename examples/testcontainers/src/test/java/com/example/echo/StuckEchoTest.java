package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testcontainers.containers.GenericContainer;

/**
 * Starts a container and then hangs, so that the test JVM is killed (a shard timeout) before
 * Testcontainers can remove anything: the run must remove the container itself. Runs only when
 * {@code ECHO_STUCK=true} (testshard's DockerAccessIT sets it); skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "ECHO_STUCK", matches = "true")
class StuckEchoTest {

  @Test
  void hangsWithAContainerRunning() throws Exception {
    GenericContainer<?> echo = EchoImage.container();
    echo.start();
    assertEquals("echo stuck", EchoImage.ask(echo, "stuck"));
    System.out.println("echo container started; hanging until the shard is stopped");
    Thread.sleep(Long.MAX_VALUE);
  }
}
