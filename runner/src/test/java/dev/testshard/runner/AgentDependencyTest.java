package dev.testshard.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runner carries the agent's jar into the images, but compiles only against the protocol
 * package (and the selection file's pattern syntax, which it checks before it writes the file): the
 * agent's internals may change without the runner noticing.
 */
class AgentDependencyTest {

  private static final Pattern AGENT_REFERENCE =
      Pattern.compile("dev\\.testshard\\.agent\\.([A-Za-z]+)");

  private static final List<String> ALLOWED = List.of("protocol", "selection");

  @Test
  void runnerCodeUsesOnlyTheAgentsProtocolPackage() throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = AGENT_REFERENCE.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!ALLOWED.contains(matcher.group(1))) {
            offending.add(file.getFileName() + ": " + matcher.group());
          }
        }
      }
    }

    assertThat(offending).isEmpty();
  }
}
