package dev.testshard.runner.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** After a run: each module's coverage from its shards, merged where its build expects it. */
public final class CoverageMerges {

  private CoverageMerges() {}

  public static void mergeInto(
      List<CoverageTarget> targets, Path reportDir, Consumer<String> line, Consumer<String> warn) {
    for (CoverageTarget coverage : targets) {
      try {
        int merged =
            CoverageMerge.merge(
                reportDir.resolve("shards"),
                coverage.fileName(),
                coverage.target(),
                coverage.append());
        if (merged > 0) {
          line.accept(
              "coverage: JaCoCo data of "
                  + merged
                  + " shard(s) of "
                  + coverage.module()
                  + " merged into "
                  + coverage.target());
        } else {
          warn.accept(
              "no shard of "
                  + coverage.module()
                  + " wrote JaCoCo data; "
                  + coverage.target()
                  + " is left as it was");
        }
      } catch (IOException e) {
        warn.accept(
            "cannot merge the coverage of "
                + coverage.module()
                + " into "
                + coverage.target()
                + ": "
                + e.getMessage());
      }
    }
  }
}
