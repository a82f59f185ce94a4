package dev.testshard.agent;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.testshard.agent.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Protocol events read back for assertions. The agent has no JSON library, so this reads the subset
 * that {@link Json} writes (objects, strings, numbers, lists) and rejects everything else,
 * whitespace included.
 */
final class RecordedEvents {

  private RecordedEvents() {}

  /** The events of the agent's run mode over these classes, run in this JVM. */
  static List<Map<String, Object>> ofShardRun(List<String> classNames) throws Exception {
    return ofShardRun(List.of(), classNames);
  }

  /** The same, with more options ({@code --selection FILE}, say) before the classes. */
  static List<Map<String, Object>> ofShardRun(List<String> options, List<String> classNames)
      throws Exception {
    List<String> args = new ArrayList<>(options);
    args.addAll(classNames);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, UTF_8)) {
      new ShardRun().execute(AgentArgs.parse(args), new EventStream(stream));
    }
    // fromOutput fails on any line that is not a protocol event.
    return fromOutput(bytes.toString(UTF_8));
  }

  /** The events of an agent's standard output; every line must be a protocol line. */
  static List<Map<String, Object>> fromOutput(String output) {
    List<Map<String, Object>> events = new ArrayList<>();
    output
        .lines()
        .forEach(
            line -> {
              if (!line.startsWith(Protocol.PREFIX)) {
                throw new AssertionError("not a protocol line: " + line);
              }
              events.add(parse(line.substring(Protocol.PREFIX.length())));
            });
    return events;
  }

  /** One JSON object as the agent writes it. */
  static Map<String, Object> parse(String json) {
    Reader reader = new Reader(json);
    Map<String, Object> object = reader.object();
    if (reader.pos != json.length()) {
      throw new AssertionError("trailing text in " + json);
    }
    return object;
  }

  static String text(Map<String, Object> event, String field) {
    Object value = event.get(field);
    return value == null ? null : (String) value;
  }

  static List<String> texts(Map<String, Object> event, String field) {
    List<String> result = new ArrayList<>();
    for (Object item : (List<?>) event.get(field)) {
      result.add((String) item);
    }
    return result;
  }

  static long number(Map<String, Object> event, String field) {
    return ((Number) event.get(field)).longValue();
  }

  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Map<String, Object> object() {
      expect('{');
      Map<String, Object> object = new LinkedHashMap<>();
      if (accept('}')) {
        return object;
      }
      do {
        String key = string();
        expect(':');
        if (object.put(key, value()) != null) {
          throw new AssertionError("duplicate key " + key + " in " + text);
        }
      } while (accept(','));
      expect('}');
      return object;
    }

    private Object value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (c == '[') {
        return list();
      }
      if (c == '{') {
        return object();
      }
      return number();
    }

    private List<Object> list() {
      expect('[');
      List<Object> list = new ArrayList<>();
      if (accept(']')) {
        return list;
      }
      do {
        list.add(value());
      } while (accept(','));
      expect(']');
      return list;
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return value.toString();
        }
        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
          throw new AssertionError("unescaped U+" + Integer.toHexString(c) + " in " + text);
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        char escape = next();
        switch (escape) {
          case '"', '\\', '/' -> value.append(escape);
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'u' -> {
            value.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw new AssertionError("bad escape \\" + escape + " in " + text);
        }
      }
    }

    private Number number() {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String number = text.substring(start, pos);
      if (number.isEmpty()) {
        throw new AssertionError("unexpected '" + peek() + "' at " + start + " in " + text);
      }
      if (number.matches("-?\\d+")) {
        return Long.parseLong(number);
      }
      return Double.parseDouble(number);
    }

    private char peek() {
      if (pos >= text.length()) {
        throw new AssertionError("unexpected end of " + text);
      }
      return text.charAt(pos);
    }

    private char next() {
      char c = peek();
      pos++;
      return c;
    }

    private boolean accept(char c) {
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw new AssertionError("expected '" + c + "' at " + pos + " in " + text);
      }
    }
  }
}
