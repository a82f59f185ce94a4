package dev.testshard.runner.steps;

import dev.testshard.runner.execution.ProgressListener;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.TimingHistory;
import java.util.List;

/** The live progress of a run's shards; closed when the last shard ended. */
public interface ProgressDisplay extends ProgressListener, AutoCloseable {

  /** The classes discovery found, once it found them (dynamic mode learns them late). */
  void classesKnown(List<DiscoveredClass> classes, TimingHistory history);

  @Override
  void close();
}
