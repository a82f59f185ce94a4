package dev.testshard.runner.snapshot;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the agent's code on the runner's class path: its jar, or its classes directory. */
public final class AgentCode {

  private static final String MARKER = "dev/testshard/agent/agent.properties";

  private AgentCode() {}

  public static Path locate() {
    URL marker = AgentCode.class.getClassLoader().getResource(MARKER);
    if (marker == null) {
      throw new TestshardException(
          ExitCodes.INTERNAL, "the testshard agent is missing from the runner's class path");
    }
    try {
      String text = marker.toString();
      if (text.startsWith("jar:")) {
        String jar = text.substring("jar:".length(), text.indexOf("!/"));
        return Path.of(URI.create(jar));
      }
      Path file = Path.of(marker.toURI());
      // .../classes/dev/testshard/agent/agent.properties -> .../classes
      return file.getParent().getParent().getParent().getParent();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new TestshardException(ExitCodes.INTERNAL, "cannot locate the agent: " + marker, e);
    }
  }
}
