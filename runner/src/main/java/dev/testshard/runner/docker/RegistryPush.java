package dev.testshard.runner.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Tags an image for a registry and pushes it. The engine reports a failed push (refused, registry
 * unreachable) as an item of the answer's stream, not as an HTTP error, so every item is looked at.
 */
final class RegistryPush {

  private final DockerClient client;
  private final BiFunction<String, Throwable, EngineException> failure;

  RegistryPush(DockerClient client, BiFunction<String, Throwable, EngineException> failure) {
    this.client = client;
    this.failure = failure;
  }

  void push(String image, String reference) {
    int slash = reference.lastIndexOf('/');
    int colon = reference.lastIndexOf(':');
    boolean tagged = colon > slash;
    String repository = tagged ? reference.substring(0, colon) : reference;
    String tag = tagged ? reference.substring(colon + 1) : "latest";
    String action = "push " + reference;
    AtomicReference<String> error = new AtomicReference<>();
    try {
      client.tagImageCmd(image, repository, tag).withForce().exec();
      client
          .pushImageCmd(repository)
          .withTag(tag)
          .exec(
              new ResultCallback.Adapter<PushResponseItem>() {
                @Override
                public void onNext(PushResponseItem item) {
                  if (item.isErrorIndicated()) {
                    error.compareAndSet(
                        null,
                        item.getErrorDetail() != null
                            ? item.getErrorDetail().getMessage()
                            : "the engine reported an error");
                  }
                }
              })
          .awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure.apply(action, e);
    } catch (RuntimeException e) {
      throw failure.apply(action, e);
    }
    if (error.get() != null) {
      throw failure.apply(action, new IllegalStateException(error.get()));
    }
  }
}
