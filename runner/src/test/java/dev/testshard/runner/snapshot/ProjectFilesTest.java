package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.testshard.runner.common.TestshardException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

  @TempDir Path temp;

  private Path project;
  private Path secret;

  private void projectWithLinks() throws Exception {
    project = Files.createDirectories(temp.resolve("my project ü"));
    secret = Files.writeString(temp.resolve("secret.txt"), "the secret");
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("data"));
    Files.writeString(project.resolve("data/real.txt"), "real");
    Files.createSymbolicLink(project.resolve("data/relative"), Path.of("real.txt"));
    Files.createSymbolicLink(project.resolve("absolute"), project.resolve("data/real.txt"));
    Files.createSymbolicLink(project.resolve("up"), Path.of("../secret.txt"));
    Files.createSymbolicLink(project.resolve("rooted"), secret);
    Files.createSymbolicLink(project.resolve("linked-dir"), temp);
  }

  @Test
  void linksStayLinksAndAnAbsoluteOneIntoTheProjectBecomesRelative() throws Exception {
    projectWithLinks();

    ProjectFiles files = ProjectFiles.list(project);

    assertThat(files.files()).containsExactly("data/real.txt", "pom.xml");
    assertThat(files.links())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "data/relative", "real.txt",
                "absolute", "data/real.txt",
                "up", "../secret.txt",
                "rooted", secret.toString(),
                "linked-dir", temp.toString()));
    assertThat(files.linksOutside())
        .containsExactly("linked-dir -> " + temp, "rooted -> " + secret, "up -> ../secret.txt");
  }

  @Test
  void inGitLinksAreCommittedAsLinksAndNothingBelowALinkedDirectoryIsRead() throws Exception {
    projectWithLinks();
    Files.createDirectories(project.resolve("conf"));
    Files.writeString(project.resolve("conf/app.properties"), "x");
    Git.run(project, "init", "-q");
    Git.run(project, "add", "-A");
    Git.run(project, "commit", "-q", "-m", "links");
    // The tracked directory is replaced by a link out of the project, with a file of that name.
    Files.writeString(temp.resolve("app.properties"), "the secret");
    Files.delete(project.resolve("conf/app.properties"));
    Files.delete(project.resolve("conf"));
    Files.createSymbolicLink(project.resolve("conf"), temp);

    ProjectFiles files = ProjectFiles.list(project);

    assertThat(files.files()).containsExactly("data/real.txt", "pom.xml");
    assertThat(files.links()).containsKeys("up", "rooted", "linked-dir", "conf");
  }

  @Test
  void outsideGitMavenOutputStaysOutButATargetDirectoryOfOtherFilesStaysIn() throws Exception {
    project = temp.resolve("project");
    Files.createDirectories(project.resolve("target/classes"));
    Files.createDirectories(project.resolve("module/target"));
    Files.createDirectories(project.resolve("docs/target"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("module/pom.xml"), "<project/>");
    Files.writeString(project.resolve("target/classes/A.class"), "x");
    Files.writeString(project.resolve("module/target/b.jar"), "x");
    Files.writeString(project.resolve("docs/target/page.md"), "x");
    Files.writeString(project.resolve(".gitignore"), "docs/\n");

    ProjectFiles files = ProjectFiles.list(project);

    assertThat(files.files())
        .containsExactly(".gitignore", "docs/target/page.md", "module/pom.xml", "pom.xml");
    assertThat(files.repositoryPrefix()).isEmpty();
  }

  @Test
  void inGitUntrackedIgnoredFilesStayOutAndThePrefixIsTheProjectsPathInTheRepository()
      throws Exception {
    Path repository = temp.resolve("repository");
    project = Files.createDirectories(repository.resolve("my app"));
    Files.writeString(repository.resolve(".gitignore"), "*.local\n");
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("settings.local"), "x");
    Files.writeString(project.resolve("new.txt"), "x");
    Git.run(repository, "init", "-q");
    Git.run(repository, "add", "my app/pom.xml");

    ProjectFiles files = ProjectFiles.list(project);

    assertThat(files.files()).containsExactly("new.txt", "pom.xml");
    assertThat(files.repositoryPrefix()).isEqualTo("my app/");
  }

  @Test
  void aRepositoryThatGitRefusesIsAnErrorRatherThanTheWholeTree() throws Exception {
    project = Files.createDirectories(temp.resolve("project"));
    Files.writeString(project.resolve(".env"), "git-ignored secret");
    Files.createDirectories(project.resolve(".git")); // not a repository git accepts

    assertThatThrownBy(() -> ProjectFiles.list(project))
        .isInstanceOfSatisfying(
            TestshardException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("git does not accept the repository at " + project);
  }
}
