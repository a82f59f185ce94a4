package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pattern form of the gitignore documentation, in {@code .testshardignore} files: testshard
 * keeps out exactly what {@code git check-ignore} says the same patterns in {@code .gitignore}
 * files ignore, in a git repository (files tracked) and outside git alike.
 */
class IgnorePatternsTest {

  /**
   * @param ignoreFiles the ignore files' text by directory ("" for the root)
   * @param ignored files the patterns keep out, as git says
   * @param kept files they leave in
   */
  record Case(
      String name, Map<String, String> ignoreFiles, List<String> ignored, List<String> kept) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        root("a # line is a comment", "#comment.txt\n", List.of(), List.of("#comment.txt")),
        root(
            "\\# matches a leading hash",
            "\\#hash.txt\n",
            List.of("#hash.txt"),
            List.of("hash.txt")),
        root("\\! matches a leading !", "\\!bang.txt\n", List.of("!bang.txt"), List.of("bang.txt")),
        root(
            "trailing spaces are dropped unless escaped",
            "trail.txt   \nspace\\ \n",
            List.of("trail.txt", "space "),
            List.of("space", "trail.txt ")),
        root(
            "! re-includes",
            "*.key\n!public.key\n",
            List.of("private.key", "sub/other.key"),
            List.of("public.key", "sub/public.key")),
        root(
            "/ in front or inside anchors",
            "/root.txt\ndocs/*.txt\n",
            List.of("root.txt", "docs/a.txt"),
            List.of("sub/root.txt", "sub/docs/a.txt", "docs/deep/a.txt")),
        root(
            "a trailing / matches directories only",
            "build/\n",
            List.of("build/out.txt", "sub/build/x.txt"),
            List.of("file/build")),
        root(
            "* matches within a name",
            "*.log\n",
            List.of("a.log", "sub/b.log"),
            List.of("log.txt")),
        root(
            "? matches one character",
            "key?.txt\n",
            List.of("key1.txt"),
            List.of("key12.txt", "key.txt")),
        root(
            "[a-z] is a class",
            "file[0-9].txt\n*.[pP][eE][mM]\n",
            List.of("file1.txt", "key.pem", "certs/KEY.PEM", "a.Pem"),
            List.of("filex.txt", "key.pex")),
        root("[!x] is a negated class", "[!a]b.txt\n", List.of("cb.txt"), List.of("ab.txt")),
        root(
            "**/ matches in every directory",
            "**/logs/debug.log\n",
            List.of("logs/debug.log", "a/b/logs/debug.log"),
            List.of("logs/other.log")),
        root(
            "/** matches everything inside",
            "abc/**\n",
            List.of("abc/x.txt", "abc/d/y.txt"),
            List.of("sub/abc/x.txt", "abcd.txt")),
        root(
            "a/**/b matches zero or more directories between",
            "a/**/b\n",
            List.of("a/b", "a/x/b", "a/x/y/b"),
            List.of("a/bb", "c/a/b")),
        root(
            "a file below an excluded directory cannot be re-included",
            "secret/\n!secret/ok.txt\n",
            List.of("secret/ok.txt", "secret/key.txt"),
            List.of("ok.txt")),
        new Case(
            "a file in a subdirectory applies there, relative to it, after the root's",
            Map.of("", "*.cfg\n", "sub", "!keep.cfg\n/local.txt\ntmp/\n"),
            List.of("x.cfg", "keep.cfg", "sub/drop.cfg", "sub/local.txt", "sub/tmp/t.txt"),
            List.of("sub/keep.cfg", "sub/deep/local.txt", "local.txt", "tmp/t.txt")));
  }

  private static Case root(String name, String patterns, List<String> ignored, List<String> kept) {
    return new Case(name, Map.of("", patterns), ignored, kept);
  }

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void testshardKeepsOutWhatGitCheckIgnoreIgnores(Case c) throws Exception {
    assertThat(gitCheckIgnore(c))
        .as("git check-ignore")
        .containsExactlyInAnyOrderElementsOf(c.ignored);

    Path outsideGit = project(c, temp.resolve("outside"));
    assertThat(dataFiles(ProjectFiles.list(outsideGit)))
        .as("outside git")
        .containsExactlyInAnyOrderElementsOf(c.kept);

    Path tracked = project(c, temp.resolve("tracked"));
    Git.run(tracked, "init", "-q");
    Git.run(tracked, "add", "-A");
    assertThat(dataFiles(ProjectFiles.list(tracked)))
        .as("tracked in git")
        .containsExactlyInAnyOrderElementsOf(c.kept);
  }

  /** What git ignores when the same patterns are in .gitignore files. */
  private Set<String> gitCheckIgnore(Case c) throws IOException {
    Path oracle = temp.resolve("oracle");
    Files.createDirectories(oracle);
    Git.run(oracle, "init", "-q");
    for (String file : allFiles(c)) {
      write(oracle.resolve(file), "x");
    }
    c.ignoreFiles.forEach((dir, text) -> write(oracle.resolve(dir).resolve(".gitignore"), text));
    String out =
        Git.output(
            oracle,
            String.join("\0", allFiles(c)) + "\0",
            Set.of(0, 1),
            "check-ignore",
            "-z",
            "--stdin",
            "--no-index");
    return Stream.of(out.split("\0")).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
  }

  private static Path project(Case c, Path dir) {
    for (String file : allFiles(c)) {
      write(dir.resolve(file), "x");
    }
    c.ignoreFiles.forEach(
        (sub, text) -> write(dir.resolve(sub).resolve(ProjectFiles.IGNORE_FILE), text));
    return dir;
  }

  private static List<String> allFiles(Case c) {
    List<String> files = new ArrayList<>(c.ignored);
    files.addAll(c.kept);
    return files;
  }

  private static List<String> dataFiles(ProjectFiles files) {
    return files.files().stream().filter(file -> !file.endsWith(ProjectFiles.IGNORE_FILE)).toList();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
