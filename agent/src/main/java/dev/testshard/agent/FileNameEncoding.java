package dev.testshard.agent;

/**
 * Explains a class name garbled by the JVM's file name encoding ({@code sun.jnu.encoding}, taken
 * from the locale): a class file {@code probe/ünï/T.class} read under a non-UTF-8 locale becomes
 * {@code probe.��n��.T}, which no class loader finds.
 */
final class FileNameEncoding {

  private FileNameEncoding() {}

  /** A hint to append to the error of a class that could not be loaded; empty when not garbled. */
  static String hint(String className) {
    if (className.indexOf('\uFFFD') < 0) {
      return "";
    }
    return "; its class file name is not valid in this JVM's file name encoding "
        + System.getProperty("sun.jnu.encoding")
        + ": the image needs a UTF-8 locale (e.g. LANG=C.UTF-8 with its locale files)";
  }
}
