package dev.testshard.agent;

import dev.testshard.agent.protocol.EventField;
import dev.testshard.agent.protocol.EventType;
import dev.testshard.agent.protocol.Protocol;
import dev.testshard.agent.selection.SurefireSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs exactly the shard's classes with the JUnit Platform Launcher, streaming one event per test
 * and per class. Ends with a {@code finished} event; without it the runner counts the shard as
 * lost. (No legacy XML is written: the events are the record, and the XML listener cost a fifth of
 * the test time of a suite of many short tests.)
 */
public final class ShardRun {

  public void execute(AgentArgs args, EventStream events) throws Exception {
    if (args.awaitStart()) {
      String line = StandardInput.line();
      if (!Protocol.START.equals(line)) {
        throw new IllegalStateException(
            line == null
                ? "the runner closed the agent's input before it said start"
                : "expected '" + Protocol.START + "' on the agent's input, got '" + line + "'");
      }
    }
    RequestFilters filters = requestFilters(args);
    ClassJvms jvms = ClassJvms.of(args, filters, events);
    int reported =
        jvms != null
            ? jvms.run(args.positional(), args.uniqueIds(), events)
            : runBatch(
                args.positional(), args.uniqueIds(), filters, events, LauncherFactory.create());
    if (jvms != null) {
      jvms.throwIfOneEnded();
    }
    if (args.child() != null) {
      // A class's JVM (reuseForks=false): the agent that started it sends the rest.
      Files.writeString(
          Path.of(args.child()), reported + " " + CpuTime.ofThisJvm(), StandardCharsets.UTF_8);
      return;
    }
    CoverageSender.sendIfAsked(args, events);
    events.emit(
        finished(jvms)
            .put(EventField.TESTS, reported)
            .put(EventField.CLASSES, args.positional().size()));
  }

  /**
   * The {@code finished} event, with the CPU time of this JVM and of the class JVMs it started
   * ({@code jvms}, or null), where the JVM tells it.
   */
  static Json finished(ClassJvms jvms) {
    Json finished = EventStream.event(EventType.FINISHED);
    double cpu = CpuTime.ofThisJvm();
    if (cpu >= 0) {
      finished.put(EventField.CPU_SECONDS, cpu + (jvms == null ? 0 : jvms.cpuSeconds()));
    }
    return finished;
  }

  /** The engines excluded and the selection file, read, as run and worker apply them. */
  static RequestFilters requestFilters(AgentArgs args) throws IOException {
    return new RequestFilters(
        args.excludedEngines(), SurefireSelection.readIfGiven(args.selection()));
  }

  /**
   * Runs one batch of classes (and single tests by unique id) and returns how many tests reported.
   * Shared by the one-shot run and the worker, which runs many batches in one JVM. With a
   * selection, a class runs only as far as the selection takes it (possibly not at all).
   */
  static int runBatch(
      List<String> classNames,
      List<String> uniqueIds,
      RequestFilters filters,
      EventStream events,
      Launcher launcher)
      throws Exception {
    List<DiscoverySelector> selectors = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String className : classNames) {
      try {
        for (String selected : filters.classesToSelect(Class.forName(className, false, loader))) {
          selectors.add(DiscoverySelectors.selectClass(selected));
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // One class that cannot be loaded must not take the rest of the shard with it.
        events.emit(
            EventStream.event(EventType.CLASS_ERROR)
                .put(EventField.CLASS, className)
                .put(EventField.TYPE, e.getClass().getName())
                .put(
                    EventField.MESSAGE,
                    "cannot load test class "
                        + className
                        + ": "
                        + e
                        + FileNameEncoding.hint(className))
                .put(EventField.TRACE, StackTraces.of(e)));
      }
    }
    for (String uniqueId : uniqueIds) {
      selectors.add(DiscoverySelectors.selectUniqueId(uniqueId));
    }
    ResultListener results = new ResultListener(events, filters.reporting());
    if (selectors.isEmpty()) {
      return 0;
    }
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectors);
    filters.applyTo(request);
    // After the selection's parameters, so that these win: captured output goes to <system-out>
    // of each test; JUnit tees it, so the container log still has everything.
    request
        .configurationParameter("junit.platform.output.capture.stdout", "true")
        .configurationParameter("junit.platform.output.capture.stderr", "true");
    if (filters.junit4Provider()) {
      TestNgResults.suiteParameters(filters.suiteParameters());
      // The names and configuration failures Surefire's testng provider reports (TestNgResults).
      request.configurationParameter(
          RequestFilters.TESTNG_LISTENERS, filters.testNgListenersWith(TestNgResults.LISTENER));
    }
    launcher.execute(request.build(), results);
    return results.reported();
  }
}
