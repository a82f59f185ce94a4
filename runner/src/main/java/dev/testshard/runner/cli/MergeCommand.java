package dev.testshard.runner.cli;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.ReportFormatException;
import dev.testshard.report.ReportLimits;
import dev.testshard.report.ReportMerger;
import dev.testshard.report.Totals;
import dev.testshard.report.html.HtmlReportWriter;
import dev.testshard.report.html.RerunCommand;
import dev.testshard.report.html.RunOverview;
import dev.testshard.runner.common.ExitCodes;
import dev.testshard.runner.common.TestshardException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code testshard merge}: merges JUnit XML from anywhere (CI matrix jobs, Surefire's {@code
 * target/surefire-reports}, earlier testshard runs) into one report with the same rules as a run:
 * one suite per class (even when its tests are spread over several files), counts recomputed,
 * system properties dropped, output sanitized and capped; with {@code --html}, also the HTML report
 * ({@code index.html} next to the merged XML).
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Merge JUnit XML files (or directories searched for *.xml) into one flat report.")
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The merged report (default: TEST-merged.xml).")
  Path output = Path.of("TEST-merged.xml");

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The report's name (default: merged).")
  String name = "merged";

  @Option(
      names = "--html",
      description = "Also write the HTML report, index.html, next to the merged report.")
  boolean html;

  @Option(names = "--stacktrace", description = "Show stack traces of errors.")
  boolean stacktrace;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "JUnit XML files or directories.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path target = output.toAbsolutePath().normalize();
    List<Path> inputs = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new TestshardException(ExitCodes.USAGE, path + " does not exist");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".xml"))
              .filter(Files::isRegularFile)
              .filter(p -> !p.toAbsolutePath().normalize().equals(target))
              .sorted()
              .forEach(
                  p -> {
                    if (isJUnitXml(p)) {
                      inputs.add(p);
                    } else {
                      err.println("testshard: skipping " + p + ": not JUnit XML");
                    }
                  });
        }
      } else {
        inputs.add(path);
      }
    }
    if (inputs.isEmpty()) {
      throw new TestshardException(ExitCodes.NO_TESTS, "no JUnit XML files in " + paths);
    }
    Totals totals;
    Instant mergedAt = Instant.now();
    try {
      totals = ReportMerger.merge(inputs, target, name, mergedAt, ReportLimits.DEFAULTS);
    } catch (ReportFormatException e) {
      throw new TestshardException(ExitCodes.USAGE, e.getMessage(), e);
    }
    out.printf(
        Locale.ROOT,
        "merged %d files: %d tests, %d passed, %d failed, %d errors, %d skipped -> %s%n",
        inputs.size(),
        totals.tests(),
        totals.passed(),
        totals.failures(),
        totals.errors(),
        totals.skipped(),
        target);
    if (html) {
      Path page = target.resolveSibling("index.html");
      writeHtml(target, page, RunOverview.merged(name, inputs.size(), mergedAt));
      out.println("HTML report: " + page);
    }
    out.flush();
    if (totals.failures() + totals.errors() > 0) {
      return ExitCodes.TEST_FAILURES;
    }
    return totals.tests() == 0 ? ExitCodes.NO_TESTS : ExitCodes.PASSED;
  }

  /** The HTML report of the merged XML, read back as CI tools read it (one suite at a time). */
  private static void writeHtml(Path merged, Path page, RunOverview overview) throws IOException {
    try (HtmlReportWriter writer =
        HtmlReportWriter.open(page, RerunCommand.inProjectDirectory(), null)) {
      try {
        JUnitXmlReader.read(
            merged,
            suite -> {
              try {
                writer.write(suite);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      writer.finish(overview);
    }
  }

  /** Whether the file's root element is {@code testsuites} or {@code testsuite}. */
  private static boolean isJUnitXml(Path file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String root = xml.getLocalName();
          return root.equals("testsuites") || root.equals("testsuite");
        }
      }
      return false;
    } catch (IOException | XMLStreamException e) {
      // Broken files are named by the merge itself, with line and column.
      return true;
    }
  }
}
