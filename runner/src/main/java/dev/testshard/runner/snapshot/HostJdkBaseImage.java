package dev.testshard.runner.snapshot;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.Processes;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.docker.ContainerEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base image made from the host's own Java runtime: the JDK directory plus the shared libraries
 * it links against, on an empty root file system. Needs no registry, and runs the tests on exactly
 * the JDK that compiled them. Cached by a content key, so it is built once per JDK.
 */
public final class HostJdkBaseImage {

  /** Raise when the image's content changes, so that cached images are rebuilt. */
  private static final String FORMAT = "host-jdk/3";

  /**
   * The host programs the image carries, each found in {@code /usr/bin}, {@code /bin}, {@code
   * /usr/sbin} or {@code /sbin} and left out when the host has none: a shell and the basic
   * utilities that tests start ({@code ln -s} to make a symbolic link, {@code chmod} to take a
   * permission away, {@code sh -c}), which Maven Surefire's forked JVM finds on the host. Without
   * them such a test fails only under testshard (found in commons-io: 11 errors, 4 skipped).
   */
  static final List<String> TOOLS =
      List.of(
          "sh",
          "bash",
          "env",
          "true",
          "false",
          "echo",
          "printf",
          "test",
          "[",
          "cat",
          "cp",
          "mv",
          "rm",
          "ln",
          "mkdir",
          "rmdir",
          "chmod",
          "chown",
          "chgrp",
          "touch",
          "ls",
          "pwd",
          "readlink",
          "realpath",
          "stat",
          "dirname",
          "basename",
          "mktemp",
          "head",
          "tail",
          "wc",
          "sort",
          "uniq",
          "tr",
          "cut",
          "tee",
          "sleep",
          "date",
          "id",
          "whoami",
          "uname",
          "hostname",
          "kill",
          "nproc",
          "du",
          "df",
          "find",
          "xargs",
          "grep",
          "sed",
          "awk",
          "diff",
          "cmp",
          "tar",
          "gzip",
          "gunzip",
          "zcat",
          "which",
          "ps",
          "expr",
          "seq",
          "yes",
          "md5sum",
          "sha1sum",
          "sha256sum",
          "base64",
          "od",
          "zip",
          "unzip");

  private static final List<Path> TOOL_DIRS =
      List.of(Path.of("/usr/bin"), Path.of("/bin"), Path.of("/usr/sbin"), Path.of("/sbin"));

  /**
   * Where glibc keeps the C.UTF-8 locale: {@code C.utf8} since glibc 2.35 (Debian bookworm, Ubuntu
   * 22.04, Fedora 35), {@code C.UTF-8} in Debian's and Ubuntu's older patched glibc. glibc has no
   * built-in UTF-8 locale, so without these files {@code LANG=C.UTF-8} falls back to "C": the JVM's
   * {@code sun.jnu.encoding} (file names; no {@code -D} can set it on Linux), {@code file.encoding}
   * and {@code native.encoding} become ANSI_X3.4-1968, and a test class in a package such as {@code
   * probe.ünï} cannot be found.
   */
  static final List<Path> UTF8_LOCALES =
      List.of(Path.of("/usr/lib/locale/C.utf8"), Path.of("/usr/lib/locale/C.UTF-8"));

  private static final Set<String> SKIPPED_DIRS =
      Set.of("legal", "man", "include", "jmods", "demo", "sample", "docs");
  private static final Pattern LDD_PATH = Pattern.compile("(?:=>\\s*)?(/\\S+)\\s+\\(0x");

  private final ContainerEngine engine;
  private final Path javaHome;

  public HostJdkBaseImage(ContainerEngine engine, Path javaHome) {
    this.engine = engine;
    this.javaHome = javaHome;
  }

  /** The JDK that built the project: {@code JAVA_HOME} if set (as Maven does), else ours. */
  public static Path hostJavaHome() {
    String env = System.getenv("JAVA_HOME");
    if (env != null && Files.isExecutable(Path.of(env, "bin", "java"))) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("java.home"));
  }

  public String tag() {
    return "testshard-jdk:" + contentKey();
  }

  /** The image reference, building the image first if the engine lacks it. */
  public String ensure(Map<String, String> labels, Runnable onBuild) {
    String tag = tag();
    if (engine.imageId(tag).isPresent()) {
      return tag;
    }
    onBuild.run();
    Set<Path> libraries = nativeLibraries();
    engine.build(tar -> writeContext(tar, libraries), tag, labels);
    return tag;
  }

  private String contentKey() {
    try {
      Path real = javaHome.toRealPath();
      String release = read(real.resolve("release"));
      Path modules = real.resolve("lib/modules");
      String modulesStamp =
          Files.exists(modules)
              ? Files.size(modules) + "@" + Files.getLastModifiedTime(modules).toMillis()
              : "";
      return ContainerLayout.shortHash(
          FORMAT
              + "\n"
              + real
              + "\n"
              + release
              + "\n"
              + modulesStamp
              + "\n"
              + System.getProperty("os.arch")
              + "\n"
              + utf8Locales()
              + "\n"
              + toolsStamp());
    } catch (IOException e) {
      throw new TestshardException(
          ExitCodes.USAGE, "cannot read the host JDK at " + javaHome + ": " + e.getMessage(), e);
    }
  }

  private void writeContext(java.io.OutputStream out, Set<Path> libraries) throws IOException {
    Path real = javaHome.toRealPath();
    String home = real.toString();
    try (TarWriter tar = new TarWriter(out)) {
      tar.addText(
          "Dockerfile",
          "FROM scratch\n"
              + "COPY rootfs/ /\n"
              + "ENV JAVA_HOME="
              + home
              + " PATH="
              + home
              + "/bin:/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8\n");
      addJdk(tar, real, "rootfs" + home);
      for (Path library : libraries) {
        Path content = library.toRealPath();
        tar.addFile("rootfs" + library, content, true);
      }
      for (Path locale : utf8Locales()) {
        addTree(tar, locale, "rootfs" + locale);
      }
      // The tools in /usr/bin, and /bin a link to it, so that /bin/sh is there on any host.
      for (Map.Entry<String, Path> tool : hostTools().entrySet()) {
        tar.addFile("rootfs/usr/bin/" + tool.getKey(), tool.getValue(), true);
      }
      tar.addSymlink("rootfs/bin", "usr/bin");
      tar.addText(
          "rootfs/etc/passwd",
          "root:x:0:0:root:/root:/sbin/nologin\n"
              + "testshard:x:10001:10001:testshard:/tmp:/sbin/nologin\n");
      tar.addText("rootfs/etc/group", "root:x:0:\ntestshard:x:10001:\n");
      tar.addText("rootfs/etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n");
      tar.addDirectory("rootfs/tmp", 01777);
    }
  }

  private static void addJdk(TarWriter tar, Path real, String prefix) throws IOException {
    Files.walkFileTree(
        real,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path relative = real.relativize(dir);
            if (relative.getNameCount() == 1
                && SKIPPED_DIRS.contains(relative.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile() && !file.getFileName().toString().equals("src.zip")) {
              String relative = real.relativize(file).toString().replace('\\', '/');
              tar.addFile(prefix + "/" + relative, file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, java.io.IOException e) {
            // A dangling link (e.g. to an uninstalled optional package) is not needed to run.
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * The host's C.UTF-8 locale directories (about 400 KB), so that the tests run with the UTF-8
   * encodings a host with a UTF-8 locale gives Maven Surefire's forked JVM. The locale files must
   * match the C library, which is the host's own here.
   */
  static List<Path> utf8Locales() {
    return UTF8_LOCALES.stream().filter(Files::isDirectory).toList();
  }

  private static void addTree(TarWriter tar, Path dir, String prefix) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          tar.addFile(prefix + "/" + dir.relativize(file).toString().replace('\\', '/'), file);
        }
      }
    }
  }

  /**
   * The {@link #TOOLS} the host has, by name, each its executable's real file (a link such as
   * {@code sh -> dash} or {@code awk -> mawk} resolved; a multi-call binary such as BusyBox's goes
   * in under each name, which is how it tells them apart).
   */
  static Map<String, Path> hostTools() {
    Map<String, Path> tools = new TreeMap<>();
    for (String name : TOOLS) {
      for (Path dir : TOOL_DIRS) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          try {
            tools.put(name, candidate.toRealPath());
            break;
          } catch (IOException e) {
            // a dangling link: look in the next directory
          }
        }
      }
    }
    return tools;
  }

  /** What the tools' content depends on: each one's file, size and modification time. */
  private static String toolsStamp() throws IOException {
    StringBuilder stamp = new StringBuilder();
    for (Map.Entry<String, Path> tool : hostTools().entrySet()) {
      Path file = tool.getValue();
      stamp
          .append(tool.getKey())
          .append('=')
          .append(file)
          .append('@')
          .append(Files.size(file))
          .append('@')
          .append(Files.getLastModifiedTime(file).toMillis())
          .append('\n');
    }
    return stamp.toString();
  }

  /** Every shared library the JDK's executables and libraries (and the tools) link against. */
  private Set<Path> nativeLibraries() {
    Set<Path> libraries = new TreeSet<>();
    Path realHome;
    try {
      realHome = javaHome.toRealPath();
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read the host JDK: " + e, e);
    }
    try (var files = Files.walk(realHome)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        boolean candidate =
            Files.isRegularFile(file)
                && (name.endsWith(".so")
                    || file.getParent().getFileName().toString().equals("bin"));
        if (candidate) {
          libraries.addAll(ldd(file));
        }
      }
    } catch (IOException e) {
      throw new TestshardException(ExitCodes.USAGE, "cannot read the host JDK: " + e, e);
    }
    for (Path tool : hostTools().values()) {
      libraries.addAll(ldd(tool));
    }
    if (libraries.isEmpty()) {
      throw new TestshardException(
          ExitCodes.USAGE,
          "cannot find the host JDK's shared libraries with ldd; use --base-image IMAGE instead");
    }
    libraries.removeIf(library -> library.startsWith(realHome) || !Files.exists(library));
    return libraries;
  }

  private static Set<Path> ldd(Path file) {
    Set<Path> result = new TreeSet<>();
    String output = Processes.output(List.of("ldd", file.toString()), null, 30).orElse("");
    for (String line : output.split("\n")) {
      Matcher matcher = LDD_PATH.matcher(line);
      if (matcher.find()) {
        result.add(Path.of(matcher.group(1)).normalize());
      }
    }
    return result;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
