package com.example.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Needs no Docker: runs the same with and without the engine. */
class PlainTest {

  @Test
  void addsWithoutAnyContainer() {
    assertEquals(4, 2 + 2);
  }
}
