package dev.testshard.runner.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.TestCaseResult;
import dev.testshard.report.TestSuiteResult;
import dev.testshard.report.Totals;
import dev.testshard.runner.docker.ContainerEngine;
import dev.testshard.runner.docker.DockerJavaEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A finished run's report directory, read the way a CI tool would. */
final class RunReport {

  final Path dir;
  final List<TestSuiteResult> suites = new ArrayList<>();
  final Totals rootTotals;
  final JsonNode summary;

  RunReport(Path dir) throws IOException {
    this.dir = dir;
    Path merged = dir.resolve("TEST-testshard.xml");
    JUnitXmlReader.read(merged, suites::add);
    rootTotals = rootAttributes(merged);
    summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  /** Totals recomputed from the test cases. */
  Totals caseTotals() {
    Totals totals = Totals.ZERO;
    for (TestSuiteResult suite : suites) {
      totals = totals.plus(suite);
    }
    return totals;
  }

  String runId() {
    return summary.get("runId").asText();
  }

  Optional<TestCaseResult> testCase(String className, String name) {
    return suites.stream()
        .flatMap(suite -> suite.testCases().stream())
        .filter(c -> c.className().equals(className) && c.name().equals(name))
        .findFirst();
  }

  /** Containers, networks and images still carrying this run's label. */
  ContainerEngine.LabelledResources leftovers() {
    try (ContainerEngine engine = DockerJavaEngine.fromEnvironment()) {
      ContainerEngine.LabelledResources labelled =
          engine.findLabelled("dev.testshard.run", runId());
      // The run's image by its tag as well: one that lost the run's label would escape both this
      // search and the run's own clean-up, which finds what to remove by the label.
      List<String> images = new ArrayList<>(labelled.images());
      engine
          .imageId("testshard-run:" + runId())
          .filter(id -> !images.contains(id))
          .ifPresent(images::add);
      return new ContainerEngine.LabelledResources(
          labelled.containers(), images, labelled.networks());
    }
  }

  private static Totals rootAttributes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          if (!xml.getLocalName().equals("testsuites")) {
            throw new IllegalStateException("root is " + xml.getLocalName());
          }
          return new Totals(
              Integer.parseInt(xml.getAttributeValue(null, "tests")),
              Integer.parseInt(xml.getAttributeValue(null, "failures")),
              Integer.parseInt(xml.getAttributeValue(null, "errors")),
              Integer.parseInt(xml.getAttributeValue(null, "skipped")),
              Double.parseDouble(xml.getAttributeValue(null, "time")));
        }
      }
      throw new IllegalStateException("empty report " + file);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
