package dev.testshard.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A written report page, and the JSON data embedded in it, read back the way a browser would. */
record Page(String html) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Page read(Path file) throws IOException {
    return new Page(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * The content of {@code <script type="application/json" id="ID">}, up to the first {@code
   * </script>} as an HTML parser finds it (case-insensitive), parsed as JSON.
   */
  JsonNode data(String id) throws IOException {
    Matcher start =
        Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">").matcher(html);
    if (!start.find()) {
      throw new AssertionError("no data element " + id);
    }
    Matcher end = Pattern.compile("(?i)</script").matcher(html);
    if (!end.find(start.end())) {
      throw new AssertionError("data element " + id + " never ends");
    }
    return JSON.readTree(html.substring(start.end(), end.start()));
  }

  JsonNode run() throws IOException {
    return data("ts-run");
  }

  /** How often {@code text} occurs, ignoring case. */
  int count(String text) {
    Matcher matcher = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE).matcher(html);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
