package dev.testshard.report;

import java.nio.file.Path;

/**
 * A report file that cannot be read as JUnit XML: broken, truncated, or not JUnit XML at all. The
 * message is one line naming the file, line and column, fit to show to a user as is, e.g. {@code
 * Invalid JUnit XML in shards/s1/TEST-junit-jupiter.xml at line 12, column 3: XML document
 * structures must start and end within the same entity.}
 */
public final class ReportFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;

  /**
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param reason what is wrong, any line breaks are folded into spaces
   */
  public ReportFormatException(Path file, int line, int column, String reason, Throwable cause) {
    super(message(file, line, column, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** 1-based line of the problem, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the problem, or -1 when unknown. */
  public int column() {
    return column;
  }

  private static String message(Path file, int line, int column, String reason) {
    StringBuilder message = new StringBuilder("Invalid JUnit XML in ").append(file);
    if (line > 0) {
      message.append(" at line ").append(line);
      if (column > 0) {
        message.append(", column ").append(column);
      }
    }
    String oneLine =
        reason == null ? "unknown problem" : reason.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    return message.append(": ").append(oneLine).toString();
  }
}
