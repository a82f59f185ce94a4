package dev.testshard.report.html;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the page from its resources ({@code page.html}, {@code report.css} and the scripts, in
 * this package) and the data: {@code {{name}}} markers in {@code page.html} are replaced by the
 * escaped title, the style sheet, the JSON data elements and the script.
 */
final class PageTemplate {

  /** The scripts, in the order they are concatenated into one {@code <script>} element. */
  static final List<String> SCRIPTS =
      List.of("util.js", "overview.js", "failures.js", "timeline.js", "tree.js", "main.js");

  private static final Pattern MARKER = Pattern.compile("\\{\\{(\\w+)}}");

  private static final String PAGE = resource("page.html");
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = script();

  private PageTemplate() {}

  /** Writes the page to the new file {@code page}, copying the three streamed JSON arrays. */
  static void write(Path page, PageData data, Path tests, Path failures, Path flaky)
      throws IOException {
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(page, StandardOpenOption.CREATE_NEW), 1 << 16)) {
      Matcher marker = MARKER.matcher(PAGE);
      int from = 0;
      while (marker.find()) {
        text(out, PAGE.substring(from, marker.start()));
        switch (marker.group(1)) {
          case "title" -> text(out, escapeHtml(data.title()));
          case "css" -> text(out, CSS);
          case "script" -> text(out, SCRIPT);
          case "data" -> {
            element(out, "ts-run", ScriptJson.write(data).getBytes(StandardCharsets.UTF_8));
            element(out, "ts-failures", failures);
            element(out, "ts-flaky", flaky);
            element(out, "ts-tests", tests);
          }
          default -> throw new IllegalStateException("unknown marker " + marker.group());
        }
        from = marker.end();
      }
      text(out, PAGE.substring(from));
    }
  }

  /** Text for an HTML text node or a double-quoted attribute. */
  static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void element(OutputStream out, String id, Object json) throws IOException {
    text(out, "<script type=\"application/json\" id=\"" + id + "\">");
    if (json instanceof Path file) {
      Files.copy(file, out);
    } else {
      out.write((byte[]) json);
    }
    text(out, "</script>\n");
  }

  private static void text(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String script() {
    StringBuilder script = new StringBuilder("(function () {\n'use strict';\n");
    for (String name : SCRIPTS) {
      script.append("// ").append(name).append('\n').append(resource(name)).append('\n');
    }
    return script.append("})();\n").toString();
  }

  private static String resource(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!name.endsWith(".html") && text.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException(name + " must not contain </script");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
