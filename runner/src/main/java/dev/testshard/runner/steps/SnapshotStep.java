package dev.testshard.runner.steps;

import dev.testshard.runner.build.ProjectBuild;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.snapshot.AgentCode;
import dev.testshard.runner.snapshot.PlatformJars;
import dev.testshard.runner.snapshot.ProjectFiles;
import dev.testshard.runner.snapshot.Snapshot;
import dev.testshard.runner.snapshot.SnapshotBuilder;
import java.util.List;

/**
 * The snapshot: the files git sees, the compiled classes and the dependency jars, in the run's
 * image (on the dependency image, which is shared by runs with the same jars). After it the working
 * tree is never read.
 */
public final class SnapshotStep {

  private final Run run;

  public SnapshotStep(Run run) {
    this.run = run;
  }

  public Snapshot take(ProjectBuild build, String baseImage) {
    long start = System.nanoTime();
    ProjectFiles files = ProjectFiles.list(run.options().projectDir());
    List<String> linksOutside = files.linksOutside();
    if (!linksOutside.isEmpty()) {
      run.events()
          .warning(
              "symbolic link(s) to outside the project are in the snapshot as links only, without"
                  + " their targets: "
                  + String.join(", ", linksOutside));
    }
    Snapshot snapshot =
        new SnapshotBuilder(
                run.engine(),
                PlatformJars.inUserCache(),
                AgentCode.locate(),
                Run.cacheLabels(),
                run.steps())
            .take(
                build,
                files,
                baseImage,
                "testshard-run:" + run.resources().runId(),
                run.resources().labels());
    run.steps().record(Step.SNAPSHOT, (System.nanoTime() - start) / 1e9);
    run.say(
        "snapshot taken: %d files, %d module(s) in image %s (%s); the working tree is no longer read",
        files.files().size(), snapshot.modules().size(), snapshot.image(), Run.since(start));
    return snapshot;
  }
}
