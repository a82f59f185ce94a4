package dev.testshard.agent.selectionfixtures;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Tests with a tag each, and one without. */
public class TaggedFixture {

  @Test
  @Tag("fast")
  void quick() {}

  @Test
  @Tag("slow")
  void slow() {}

  @Test
  void plain() {}
}
