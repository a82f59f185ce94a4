package dev.testshard.runner.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Who owns a run, in terms a reused process id cannot fake: the PID namespace the CLI's process id
 * means something in (the kernel's boot id and the namespace's inode) and the process's start time.
 * On Linux read from {@code /proc}; other systems have no PID namespaces, and the start time comes
 * from {@link ProcessHandle}.
 */
final class ProcessIdentity {

  private static final boolean LINUX =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");

  private ProcessIdentity() {}

  /**
   * This process's PID namespace, e.g. {@code 7fc757f2-...:4026531836}; {@code "none"} where there
   * are no PID namespaces; empty when it cannot be told (no {@code /proc}, or a {@code /proc} of
   * another namespace, whose process ids would mean other processes).
   */
  static Optional<String> pidNamespace() {
    if (!LINUX) {
      return Optional.of("none");
    }
    try {
      String bootId = read(Path.of("/proc/sys/kernel/random/boot_id")).trim();
      String link = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
      String selfPid = read(Path.of("/proc/self/stat")).split(" ", 2)[0];
      if (!selfPid.equals(Long.toString(ProcessHandle.current().pid()))) {
        return Optional.empty();
      }
      return Optional.of(bootId + ":" + link.replaceAll("\\D", ""));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The start time of the live process with this id in our PID namespace, empty if none; blank when
   * the process is there but its start time cannot be read.
   */
  static Optional<String> startOf(long pid) {
    if (!LINUX) {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .flatMap(p -> p.info().startInstant())
          .map(start -> Long.toString(start.toEpochMilli()));
    }
    Path proc = Path.of("/proc/" + pid);
    try {
      String stat = read(proc.resolve("stat"));
      // After the command name (in parentheses, which may hold spaces): state is field 3,
      // starttime (clock ticks since boot) field 22.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      if (fields[0].equals("Z") || fields[0].equals("X")) {
        return Optional.empty();
      }
      return Optional.of(fields[19]);
    } catch (IOException | RuntimeException e) {
      return Files.exists(proc) ? Optional.of("") : Optional.empty();
    }
  }

  /** Reads to the end: files in /proc report size 0, and a read by size may come up short. */
  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
