package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;

/**
 * A tiny JSON object writer, so that the agent needs nothing but the JDK (a JSON library on the
 * test class path could clash with the project's own).
 */
final class Json {

  private final StringBuilder out = new StringBuilder(128).append('{');
  private boolean first = true;

  static Json object() {
    return new Json();
  }

  Json put(String key, String value) {
    if (value == null) {
      return this;
    }
    key(key);
    quote(value);
    return this;
  }

  Json put(String key, long value) {
    key(key);
    out.append(value);
    return this;
  }

  Json put(String key, double value) {
    key(key);
    out.append(Double.isFinite(value) ? Double.toString(value) : "0");
    return this;
  }

  Json put(String key, Iterable<String> values) {
    key(key);
    out.append('[');
    boolean firstValue = true;
    for (String value : values) {
      if (!firstValue) {
        out.append(',');
      }
      firstValue = false;
      quote(value);
    }
    out.append(']');
    return this;
  }

  Json put(EventField field, String value) {
    return put(field.key(), value);
  }

  Json put(EventField field, long value) {
    return put(field.key(), value);
  }

  Json put(EventField field, double value) {
    return put(field.key(), value);
  }

  Json put(EventField field, Iterable<String> values) {
    return put(field.key(), values);
  }

  @Override
  public String toString() {
    return out + "}";
  }

  private void key(String key) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quote(key);
    out.append(':');
  }

  private void quote(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
