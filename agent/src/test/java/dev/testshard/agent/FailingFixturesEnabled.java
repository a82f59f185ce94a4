package dev.testshard.agent;

import dev.testshard.agent.fixtures.Fixtures;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables the fixtures that fail on purpose ({@link Fixtures#ENABLED}) during each test. */
final class FailingFixturesEnabled implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    System.setProperty(Fixtures.ENABLED, "true");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.clearProperty(Fixtures.ENABLED);
  }
}
