package dev.testshard.runner.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Short reasons for failed file operations, for one-line messages. Java reports a full file system
 * only as the operating system's text ({@code ENOSPC}: "No space left on device"), so that is what
 * is looked for.
 */
public final class FileProblems {

  private FileProblems() {}

  /** True when {@code failure} or one of its causes is a full file system or disk quota. */
  public static boolean isNoSpace(Throwable failure) {
    for (Throwable e = failure; e != null; e = e.getCause()) {
      String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
      if (e instanceof IOException
          && (message.contains("no space left on device")
              || message.contains("disk quota exceeded"))) {
        return true;
      }
      if (e.getCause() == e) {
        break;
      }
    }
    return false;
  }

  /**
   * Why the operation failed, without a stack trace: "no space left on device" for a full file
   * system, else the file and the operating system's reason.
   */
  public static String reason(IOException e) {
    if (isNoSpace(e)) {
      return "no space left on device";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getFile() + ": " + fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
