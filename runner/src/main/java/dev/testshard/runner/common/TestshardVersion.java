package dev.testshard.runner.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** testshard's own version, as Maven wrote it into the jar ({@code version.properties}). */
public final class TestshardVersion {

  private TestshardVersion() {}

  public static String get() {
    Properties properties = new Properties();
    try (InputStream in =
        TestshardVersion.class.getResourceAsStream("/dev/testshard/runner/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
