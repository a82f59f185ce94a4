package dev.testshard.report;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates the suites of a merged report against Maven Surefire's report schemas. The build
 * unpacks the schemas unchanged from Surefire's source releases on Maven Central into {@code
 * target/test-classes/xsd/} (see report/pom.xml).
 *
 * <p>Surefire's schema describes one {@code <testsuite>} per file, so each {@code <testsuite>} of
 * the merged report is validated as a document of its own, after removing exactly the attributes of
 * {@link #EXTENSIONS}: those the merged report adds (docs/report-format.md) and the schema does not
 * declare. Everything else is validated as written: element names and their order (failure,
 * rerunFailure, flakyFailure, skipped, error, rerunError, flakyError, system-out, system-err),
 * required attributes and children, and the number formats.
 */
final class SurefireSchemas {

  /** Surefire 3.0's schema, from Surefire 3.0.0: {@code type} required, {@code time} pattern. */
  static final String V3_0 = "/xsd/surefire-test-report-3.0.xsd";

  /** Surefire's current schema (version 3.0.2, what Surefire 3.5 writes): {@code time} a float. */
  static final String V3_0_2 = "/xsd/surefire-test-report.xsd";

  /** Attributes of the merged report that Surefire's schema does not declare, per element. */
  static final Map<String, Set<String>> EXTENSIONS =
      Map.of(
          "testsuite", Set.of("id", "hostname", "timestamp"),
          "testcase", Set.of("file"),
          "flakyFailure", Set.of("time"),
          "flakyError", Set.of("time"),
          "rerunFailure", Set.of("time"),
          "rerunError", Set.of("time"));

  private SurefireSchemas() {}

  /**
   * The schema errors of every {@code <testsuite>} of {@code report}, each as {@code "SUITE: line
   * L: MESSAGE"}; empty when all are valid.
   */
  static List<String> errors(String schema, Path report) throws Exception {
    Document document = parse(report);
    List<String> errors = new ArrayList<>();
    NodeList suites = document.getDocumentElement().getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      errors.addAll(errors(schema, withoutExtensions(suite), suite.getAttribute("name")));
    }
    return errors;
  }

  /** The schema errors of one standalone {@code <testsuite>} document. */
  static List<String> errors(String schema, Document suite, String label) throws Exception {
    Validator validator = load(schema).newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(label + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(label + ": " + e.getMessage());
          }
        });
    validator.validate(new DOMSource(suite));
    return errors;
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Document withoutExtensions(Element suite) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document standalone = factory.newDocumentBuilder().newDocument();
    Element copy = (Element) standalone.importNode(suite, true);
    standalone.appendChild(copy);
    removeExtensions(copy);
    return standalone;
  }

  private static void removeExtensions(Element element) {
    for (String attribute : EXTENSIONS.getOrDefault(element.getTagName(), Set.of())) {
      element.removeAttribute(attribute);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        removeExtensions(childElement);
      }
    }
  }

  private static Schema load(String resource) throws IOException {
    URL url = SurefireSchemas.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          resource + " is missing: the build unpacks it (mvn generate-test-resources)");
    }
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
    } catch (org.xml.sax.SAXException e) {
      throw new IOException("cannot load " + resource, e);
    }
  }
}
