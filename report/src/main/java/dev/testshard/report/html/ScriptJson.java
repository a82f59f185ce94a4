package dev.testshard.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON that may stand inside an HTML {@code <script type="application/json">} element: {@code <},
 * {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so no
 * text from a test (a {@code </script>} in its output, say) can end the element early or open a
 * comment; U+2028 and U+2029 are escaped too. {@code JSON.parse} reads the escapes back unchanged.
 */
final class ScriptJson {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  static {
    MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private ScriptJson() {}

  /** A generator onto {@code out}; closing it does not close {@code out}. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator generator = MAPPER.getFactory().createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator;
  }

  /** {@code value} as script-safe JSON text. */
  static String write(Object value) throws IOException {
    return MAPPER.writeValueAsString(value);
  }

  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> new SerializedString("\\u2028");
        case 0x2029 -> new SerializedString("\\u2029");
        default -> null;
      };
    }
  }
}
