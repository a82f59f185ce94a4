package dev.testshard.agent;

import dev.testshard.agent.selection.SurefireSelection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs exactly the shard's classes with the JUnit Platform Launcher, streaming one event per test
 * and per class, and writes the platform's own legacy XML as a raw record. Ends with a {@code
 * finished} event; without it the runner counts the shard as lost.
 */
public final class ShardRun {

  public void execute(AgentArgs args, EventStream events) throws Exception {
    String reportsDir = args.reportsDir();
    int reported =
        runBatch(
            args.positional(),
            args.uniqueIds(),
            reportsDir == null ? null : Path.of(reportsDir),
            requestFilters(args),
            events,
            LauncherFactory.create());
    events.emit(
        EventStream.event("finished")
            .put("tests", reported)
            .put("classes", args.positional().size()));
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
      Path reportsDir,
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
            EventStream.event("class-error")
                .put("class", className)
                .put("type", e.getClass().getName())
                .put(
                    "message",
                    "cannot load test class "
                        + className
                        + ": "
                        + e
                        + FileNameEncoding.hint(className))
                .put("trace", StackTraces.of(e)));
      }
    }
    for (String uniqueId : uniqueIds) {
      selectors.add(DiscoverySelectors.selectUniqueId(uniqueId));
    }
    ResultListener results = new ResultListener(events, filters.junit4Provider());
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
    List<TestExecutionListener> listeners = new ArrayList<>();
    listeners.add(results);
    StringWriter xmlErrors = new StringWriter();
    if (reportsDir != null) {
      Files.createDirectories(reportsDir);
      listeners.add(new LegacyXmlReportGeneratingListener(reportsDir, new PrintWriter(xmlErrors)));
    }
    launcher.execute(request.build(), listeners.toArray(TestExecutionListener[]::new));
    if (xmlErrors.getBuffer().length() > 0) {
      events.emit(EventStream.event("warning").put("message", xmlErrors.toString()));
    }
    return results.reported();
  }
}
