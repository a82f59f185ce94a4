package dev.testshard.runner.steps;

import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.StepTimer.Step;
import dev.testshard.runner.common.TestshardException;
import dev.testshard.runner.snapshot.HostJdkBaseImage;

/**
 * The base image every run image starts from: {@code --base-image} (pulled when the engine lacks
 * it), else one made from the host's JDK, once per JDK. It needs no build, so it runs while Maven
 * does.
 */
public final class BaseImageStep {

  /** The base image, and how long making sure of it took ("0.1 s"). */
  public record BaseImage(String tag, String readyIn) {

    /** The step's line, said once the build's own line is out. */
    public String line() {
      return "base image " + tag + " ready in " + readyIn;
    }
  }

  private final Run run;

  public BaseImageStep(Run run) {
    this.run = run;
  }

  public BaseImage ensure() {
    long start = System.nanoTime();
    String tag = run.steps().time(Step.BASE_IMAGE, this::tag);
    return new BaseImage(tag, Run.since(start));
  }

  private String tag() {
    run.steps().flag(Step.BASE_IMAGE, false);
    String chosen = run.options().baseImage();
    if (chosen != null) {
      if (run.engine().imageId(chosen).isEmpty()) {
        run.steps().flag(Step.BASE_IMAGE, true);
        run.say("pulling base image %s", chosen);
        try {
          run.engine().pull(chosen);
        } catch (RuntimeException e) {
          throw new TestshardException(
              ExitCodes.USAGE,
              "base image " + chosen + " not found locally and cannot be pulled: " + e.getMessage(),
              e);
        }
      }
      return chosen;
    }
    HostJdkBaseImage host = new HostJdkBaseImage(run.engine(), HostJdkBaseImage.hostJavaHome());
    return host.ensure(
        Run.cacheLabels(),
        () -> {
          run.steps().flag(Step.BASE_IMAGE, true);
          run.say(
              "building base image %s from the host JDK %s (once per JDK)",
              host.tag(), HostJdkBaseImage.hostJavaHome());
        });
  }
}
