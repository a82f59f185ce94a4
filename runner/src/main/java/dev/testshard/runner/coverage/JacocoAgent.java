package dev.testshard.runner.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The JaCoCo agent among a test JVM's arguments ({@code -javaagent:.../org.jacoco.agent-*-runtime
 * .jar=destfile=...,append=true}, as JaCoCo's {@code prepare-agent} puts it into {@code argLine}),
 * and its execution data file. In a shard, the agent writes its data where the runner copies it
 * out; after the run the shards' files are merged into the file the agent was told to write.
 *
 * @param index the argument's position
 * @param options the agent's options, in order
 */
public record JacocoAgent(int index, String jar, Map<String, String> options) {

  private static final Pattern AGENT_JAR =
      Pattern.compile("(.*/)?(org\\.jacoco\\.agent-[^/]*runtime[^/]*|jacocoagent)\\.jar");

  /** Finds the agent among JVM arguments; only one writing to a file counts. */
  public static Optional<JacocoAgent> find(List<String> jvmArgs) {
    for (int i = 0; i < jvmArgs.size(); i++) {
      String arg = jvmArgs.get(i);
      if (!arg.startsWith("-javaagent:")) {
        continue;
      }
      String spec = arg.substring("-javaagent:".length());
      int equals = spec.indexOf('=');
      String jar = equals < 0 ? spec : spec.substring(0, equals);
      if (!AGENT_JAR.matcher(jar).matches()) {
        continue;
      }
      Map<String, String> options = new LinkedHashMap<>();
      if (equals >= 0) {
        for (String option : spec.substring(equals + 1).split(",")) {
          int at = option.indexOf('=');
          if (at > 0) {
            options.put(option.substring(0, at), option.substring(at + 1));
          }
        }
      }
      JacocoAgent agent = new JacocoAgent(i, jar, options);
      if (agent.writesFile()) {
        return Optional.of(agent);
      }
    }
    return Optional.empty();
  }

  /** Whether it writes a file at exit (not a TCP server or client, not none). */
  public boolean writesFile() {
    return options.getOrDefault("output", "file").equals("file");
  }

  /** The file it was told to write, against the JVM's working directory. */
  public Path destfile(Path workingDir) {
    return workingDir.resolve(options.getOrDefault("destfile", "jacoco.exec")).normalize();
  }

  /** Whether it adds to an existing file (JaCoCo's default) rather than replacing it. */
  public boolean append() {
    return !options.getOrDefault("append", "true").equalsIgnoreCase("false");
  }

  /** The same argument, writing to {@code destfile} instead, with the options otherwise kept. */
  public String withDestfile(String destfile) {
    List<String> parts = new ArrayList<>();
    Map<String, String> changed = new LinkedHashMap<>(options);
    changed.put("destfile", destfile);
    changed.forEach((key, value) -> parts.add(key + "=" + value));
    return "-javaagent:" + jar + "=" + String.join(",", parts);
  }
}
