package dev.testshard.maven;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@code testshard-module.json}: UTF-8, fields in record component order, two-space indent
 * with every array element on a line of its own, replaced atomically.
 */
final class ModuleJson {
  private static final ObjectWriter WRITER = new ObjectMapper().writer(layout());

  private ModuleJson() {}

  static String toJson(ModuleDescription module) throws IOException {
    return WRITER.writeValueAsString(module) + "\n";
  }

  static void write(ModuleDescription module, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, toJson(module), StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static DefaultPrettyPrinter layout() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
    printer.indentObjectsWith(lines);
    printer.indentArraysWith(lines);
    return printer;
  }
}
