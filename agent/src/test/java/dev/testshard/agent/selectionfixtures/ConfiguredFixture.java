package dev.testshard.agent.selectionfixtures;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Its test runs only when the configuration parameter {@code junit.jupiter.conditions.deactivate}
 * switches Jupiter's {@code @Disabled} condition off.
 */
public class ConfiguredFixture {

  @Test
  @Disabled("skipped unless the DisabledCondition is deactivated")
  void runsWhenConditionsAreDeactivated() {}
}
