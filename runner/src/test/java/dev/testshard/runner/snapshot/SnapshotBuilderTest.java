package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotBuilderTest {

  @TempDir Path root;

  @Test
  void listsTheTopLevelClassesUnderATestRootByName() throws Exception {
    for (String file :
        List.of(
            "a/b/CartTest.class",
            "a/b/CartTest$Nested.class",
            "a/b/\u00c7a$VaTest.class",
            "a/b/\u00c7a$VaTest$Bien.class",
            "a/b/package-info.class",
            "Root.class",
            "a/b/notes.txt")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
    }

    // A $ in a top-level class's own name does not make it nested.
    assertThat(SnapshotBuilder.topLevelClasses(root))
        .containsExactly("Root", "a.b.CartTest", "a.b.\u00c7a$VaTest");
    assertThat(SnapshotBuilder.topLevelClasses(root.resolve("missing"))).isEmpty();
  }

  /** A jar of dependenciesToScan is a test root too: its entries are its classes. */
  @Test
  void listsTheTopLevelClassesOfAJar() throws Exception {
    Path jar = root.resolve("tck-tests.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry :
          List.of(
              "tck/", "tck/SpecTest.class", "tck/SpecTest$Case.class", "META-INF/MANIFEST.MF")) {
        out.putNextEntry(new JarEntry(entry));
        out.closeEntry();
      }
    }

    assertThat(SnapshotBuilder.topLevelClasses(jar)).containsExactly("tck.SpecTest");
  }

  @Test
  void quotesAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("/workspace/target/test-classes:/testshard/deps/a b/x.jar"))
        .isEqualTo("\"/workspace/target/test-classes:/testshard/deps/a b/x.jar\"");
  }

  @Test
  void escapesQuotesInAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
  }

  @Test
  void escapesBackslashesInAnArgfileValue() {
    assertThat(SnapshotBuilder.quote("C:\\deps\\x.jar")).isEqualTo("\"C:\\\\deps\\\\x.jar\"");
  }

  @Test
  void escapesABackslashBeforeAQuoteSoThatNeitherIsLost() {
    assertThat(SnapshotBuilder.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
  }
}
