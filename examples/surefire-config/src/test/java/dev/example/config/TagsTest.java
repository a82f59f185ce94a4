package dev.example.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** excludedGroups=slow: the slow test must not run. */
class TagsTest {

  @Test
  void untagged() {
    assertEquals(2, Calculator.divide(4, 2));
  }

  @Test
  @Tag("fast")
  void fast() {
    assertEquals(1, Calculator.divide(3, 2));
  }

  @Test
  @Tag("slow")
  void slow() {
    fail("a test of the excluded group 'slow' ran");
  }
}
