package dev.testshard.runner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testshard.runner.common.ResourceLimits;
import dev.testshard.runner.plan.DiscoveredClass;
import dev.testshard.runner.plan.Shard;
import dev.testshard.runner.plan.ShardPlan;
import dev.testshard.runner.run.RunPipeline;
import dev.testshard.runner.steps.RunOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code testshard plan}: prints the fixed plan a run would use (with {@code --shard-by}, {@code
 * --shards} or {@code --no-dynamic}), without running tests.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Build, snapshot and discover, then print the shard plan without running tests.")
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ProjectOptions project;

  @Option(names = "--json", description = "Print the plan as JSON (progress goes to stderr).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunOptions options = project.toRunOptions(1, false, ResourceLimits.NONE, null, null);
    ReportDirectory.prepare(options.reportDir(), project.reportDirChosen());
    // With --json, stdout carries only the JSON document.
    PrintWriter progress = json ? err : out;
    ShardPlan plan =
        new RunPipeline(
                options, new ConsoleEvents(progress, progress, err, null), project.imageCacheDir())
            .plan();
    if (json) {
      out.println(toJson(plan));
    } else {
      printTable(out, plan);
      ParseResult parsed = spec.commandLine().getParseResult();
      if (!project.shardByChosen(parsed, options) && !project.shardsChosen(parsed, options)) {
        out.println(
            "run uses dynamic workers by default (longest expected first); this is the fixed"
                + " plan of run --no-dynamic");
      }
    }
    out.flush();
    return 0;
  }

  static String toJson(ShardPlan plan) throws Exception {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("shardBy", plan.shardBy().name().toLowerCase(Locale.ROOT));
    document.put("classes", plan.classCount());
    document.put("plannedTests", plan.plannedTests());
    document.put("lowerBoundSeconds", plan.lowerBoundSeconds());
    List<Map<String, Object>> shards = new ArrayList<>();
    for (Shard shard : plan.shards()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", shard.id());
      entry.put("module", shard.module());
      entry.put("plannedTests", shard.plannedTests());
      entry.put("predictedSeconds", shard.predictedSeconds());
      List<Map<String, Object>> classes = new ArrayList<>();
      for (DiscoveredClass testClass : shard.classes()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", testClass.className());
        c.put("engines", testClass.engines());
        c.put("plannedTests", testClass.tests().size());
        classes.add(c);
      }
      entry.put("classes", classes);
      shards.add(entry);
    }
    document.put("shards", shards);
    StringWriter text = new StringWriter();
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(text, document);
    return text.toString();
  }

  static void printTable(PrintWriter out, ShardPlan plan) {
    int width = Math.max(5, plan.shards().stream().mapToInt(s -> s.id().length()).max().orElse(5));
    int moduleWidth =
        Math.max(6, plan.shards().stream().mapToInt(s -> s.module().length()).max().orElse(6));
    String row = "%-" + width + "s  %-" + moduleWidth + "s %7s %6s %10s%n";
    out.printf(Locale.ROOT, row, "shard", "module", "classes", "tests", "predicted");
    for (Shard shard : plan.shards()) {
      out.printf(
          Locale.ROOT,
          row,
          shard.id(),
          shard.module(),
          shard.classes().size(),
          shard.plannedTests(),
          shard.predictedSeconds() > 0
              ? String.format(Locale.ROOT, "%.1f s", shard.predictedSeconds())
              : "-");
    }
    out.printf(
        Locale.ROOT,
        "%d shards by %s, %d classes, %d tests known before execution%s%n",
        plan.shards().size(),
        plan.shardBy().name().toLowerCase(Locale.ROOT),
        plan.classCount(),
        plan.plannedTests(),
        plan.lowerBoundSeconds() > 0
            ? String.format(Locale.ROOT, "; lower bound %.1f s", plan.lowerBoundSeconds())
            : "");
  }
}
