package dev.testshard.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code testshard run} command line that {@code testshard:test} starts: the goal's parameters
 * as the CLI's options, and what the Maven command line itself said (profiles, {@code -D} user
 * properties, settings files, offline) as {@code --maven-arg}s, so that the project is built the
 * way the developer's own {@code mvn} invocation builds it.
 */
final class CliCommand {

  private final List<String> words = new ArrayList<>();

  /**
   * @param java the JVM that runs the CLI
   * @param cliJar testshard's {@code testshard.jar}
   * @param project the directory Maven ran in (the reactor's root)
   */
  CliCommand(Path java, Path cliJar, Path project) {
    words.add(java.toString());
    // C1 only, as testshard's launchers start it (see bin/testshard): a short-lived coordinator.
    words.add("-XX:TieredStopAtLevel=1");
    words.add("-jar");
    words.add(cliJar.toString());
    words.add("run");
    words.add("--project");
    words.add(project.toString());
  }

  /** {@code --name value}, unless the value is null or blank. */
  CliCommand option(String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      words.add(name);
      words.add(value.toString());
    }
    return this;
  }

  /**
   * {@code --name} when true, {@code --no-name} when false (negatable options), nothing when null.
   */
  CliCommand negatable(String name, Boolean value) {
    if (value != null) {
      words.add(value ? "--" + name : "--no-" + name);
    }
    return this;
  }

  /** {@code --name} when true. */
  CliCommand flag(String name, boolean value) {
    if (value) {
      words.add(name);
    }
    return this;
  }

  /**
   * The outer Maven's own invocation, for the build testshard runs: active and inactive profiles,
   * user properties (but the goal's own {@code testshard.*} ones, which that build has no use for),
   * explicit settings files and offline mode.
   */
  CliCommand mavenInvocation(
      List<String> activeProfiles,
      List<String> inactiveProfiles,
      Properties userProperties,
      Path userSettings,
      Path globalSettings,
      boolean offline) {
    List<String> profiles = new ArrayList<>(activeProfiles);
    inactiveProfiles.forEach(profile -> profiles.add("!" + profile));
    if (!profiles.isEmpty()) {
      mavenArg("-P" + String.join(",", profiles));
    }
    Map<String, String> sorted = new TreeMap<>();
    userProperties.stringPropertyNames().stream()
        .filter(name -> !name.startsWith(TestMojo.PROPERTY_PREFIX))
        .forEach(name -> sorted.put(name, userProperties.getProperty(name)));
    sorted.forEach((name, value) -> mavenArg("-D" + name + "=" + value));
    if (userSettings != null) {
      mavenArg("--settings=" + userSettings);
    }
    if (globalSettings != null) {
      mavenArg("--global-settings=" + globalSettings);
    }
    if (offline) {
      mavenArg("--offline");
    }
    return this;
  }

  /** Words added as they are (the goal's {@code args}), after every other option. */
  CliCommand extra(List<String> args) {
    if (args != null) {
      args.stream().filter(arg -> arg != null && !arg.isBlank()).forEach(words::add);
    }
    return this;
  }

  private void mavenArg(String arg) {
    words.add("--maven-arg=" + arg);
  }

  List<String> words() {
    return List.copyOf(words);
  }
}
