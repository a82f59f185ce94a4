package dev.testshard.agent;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Renders a throwable's stack trace as text. */
final class StackTraces {

  private StackTraces() {}

  static String of(Throwable throwable) {
    if (throwable == null) {
      return null;
    }
    StringWriter text = new StringWriter();
    try (PrintWriter writer = new PrintWriter(text)) {
      throwable.printStackTrace(writer);
    }
    return text.toString();
  }
}
