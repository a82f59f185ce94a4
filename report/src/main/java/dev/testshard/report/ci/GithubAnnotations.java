package dev.testshard.report.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands that annotate failures: {@code ::error
 * file=F,line=N,title=T::message}, shown on the run's page and, for changed lines, on the pull
 * request's diff. Encoding as GitHub's runner defines it (toolkit's {@code command.ts}): {@code %},
 * CR and LF in the message; also {@code :} and {@code ,} in properties.
 */
public final class GithubAnnotations {

  /** Longest message kept in an annotation. */
  static final int MESSAGE_LIMIT = 2_000;

  private GithubAnnotations() {}

  /** One line per failure. */
  public static List<String> lines(List<FailureLocation> failures) {
    List<String> lines = new ArrayList<>(failures.size());
    for (FailureLocation failure : failures) {
      StringBuilder line = new StringBuilder("::error ");
      if (failure.file() != null) {
        line.append("file=").append(property(failure.file())).append(',');
        if (failure.line() > 0) {
          line.append("line=").append(failure.line()).append(',');
        }
      }
      String title = failure.testName() + (failure.error() ? " errored" : " failed");
      line.append("title=").append(property(title));
      String message = failure.message().isBlank() ? title : failure.message();
      if (message.length() > MESSAGE_LIMIT) {
        message = message.substring(0, MESSAGE_LIMIT) + "…";
      }
      line.append("::").append(data(message));
      lines.add(line.toString());
    }
    return lines;
  }

  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
