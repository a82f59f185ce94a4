package dev.testshard.runner.console;

import dev.testshard.report.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of the progress display. Pure. */
public final class ProgressText {

  private static final int MESSAGE_CHARS = 160;

  private ProgressText() {}

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on; negative is taken as 0. */
  public static String duration(double seconds) {
    long total = Math.round(Math.max(0, seconds));
    long hours = total / 3600;
    long minutes = total / 60 % 60;
    long secs = total % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }

  /** {@link #counts} after the elapsed time: {@code [1:23] 3/10 shards done, ...}. */
  public static String status(Progress progress) {
    return status(progress, Palette.NONE);
  }

  static String status(Progress progress, Palette palette) {
    return "[" + duration(progress.elapsedSeconds()) + "] " + counts(progress, palette);
  }

  public static String counts(Progress progress) {
    return counts(progress, Palette.NONE);
  }

  /**
   * {@code 3/10 shards done, 2 running | 120/475 tests, 2 failed, 1 errors | ~0:45 left}: the
   * planned tests are shown while more are known than reported, the errors when there are any
   * (never counted as failures), the estimate when there is one; failures and errors in their
   * colours.
   */
  public static String counts(Progress progress, Palette palette) {
    StringBuilder line =
        new StringBuilder()
            .append(progress.done())
            .append('/')
            .append(progress.shards())
            .append(" shards done, ")
            .append(progress.running())
            .append(" running | ")
            .append(progress.finishedTests());
    if (progress.plannedTests() > progress.finishedTests()) {
      line.append('/').append(progress.plannedTests());
    }
    line.append(" tests, ")
        .append(
            palette.ifAny(
                progress.failedTests(), progress.failedTests() + " failed", palette::failed));
    if (progress.erroredTests() > 0) {
      line.append(", ").append(palette.error(progress.erroredTests() + " errors"));
    }
    Double remaining = progress.remainingSeconds();
    if (remaining != null) {
      line.append(" | ").append(remaining < 1 ? "finishing" : "~" + duration(remaining) + " left");
    }
    return line.toString();
  }

  /**
   * The live block: the status line, then a line per running shard (at most {@code shardLines},
   * then how many more), each cut to {@code width} columns. The status line is in colour when it
   * fits whole, plain when cut (escape sequences take no columns, so the cut goes by the plain
   * text).
   */
  public static List<String> block(Progress progress, int width, int shardLines, Palette palette) {
    List<String> lines = new ArrayList<>();
    String plain = status(progress);
    lines.add(plain.length() <= width ? status(progress, palette) : fit(plain, width));
    List<Progress.RunningShard> running = progress.runningShards();
    for (int i = 0; i < running.size() && i < shardLines; i++) {
      Progress.RunningShard shard = running.get(i);
      String predicted =
          shard.predictedSeconds() > 0 ? " of ~" + duration(shard.predictedSeconds()) : "";
      lines.add(
          fit(
              "  "
                  + shard.id()
                  + "  "
                  + duration(shard.elapsedSeconds())
                  + predicted
                  + ", "
                  + shard.finishedTests()
                  + " tests",
              width));
    }
    if (running.size() > shardLines) {
      lines.add(fit("  ... and " + (running.size() - shardLines) + " more running", width));
    }
    return lines;
  }

  /**
   * Text for a name on one console line (a class, a test): escape sequences removed, control
   * characters replaced, the first line only, at most 160 characters.
   */
  public static String oneLine(String text) {
    String line = firstLine(text);
    return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS) + "..." : line;
  }

  /**
   * The whole first line of {@code text}, escape sequences removed and control characters replaced:
   * for failure messages and causes (why a shard was lost), whose useful part is often at the end.
   */
  public static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = XmlText.sanitize(text).strip();
    int newline = line.indexOf('\n');
    line = newline < 0 ? line : line.substring(0, newline).stripTrailing();
    return line.replace('\t', ' ').replace('\r', ' ');
  }

  /**
   * A test for one console line: {@code classname > name}, or the classname alone for a test case
   * that stands for a class as a whole (Surefire gives it no name).
   */
  public static String testLabel(String className, String name) {
    String label = oneLine(className);
    return name == null || name.isEmpty() ? label : label + " > " + oneLine(name);
  }

  /** {@code text} cut to {@code width} columns, ending in {@code "..."} when cut. */
  static String fit(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    return width <= 3
        ? text.substring(0, Math.max(0, width))
        : text.substring(0, width - 3) + "...";
  }
}
