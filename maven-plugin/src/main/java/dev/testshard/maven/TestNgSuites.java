package dev.testshard.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the TestNG suite files of {@code suiteXmlFiles} select, as Surefire's testng provider runs
 * them instead of its includes and excludes: the classes of every {@code <test>} (with their {@code
 * <methods>} includes), the packages, the groups of {@code <run>}, the listeners, and the suite
 * files they name ({@code <suite-files>}, relative to the file), and the {@code <parameter>}s of
 * the suites and their tests, which the agent gives the suite the TestNG engine runs. What that
 * engine cannot be given (a parameter or a {@code <test>}'s groups that differ between tests, a
 * package's class filters, method excludes) is a warning.
 *
 * @param includes Surefire include patterns of the selected classes ({@code a/b/CartTest.java},
 *     {@code a/b/CartTest.java#adds*} for a class with method includes), packages as {@code
 *     a/b/*.java} ({@code a.b}) or {@code a/b/**}{@code /*.java} ({@code a.b.*})
 * @param methods whether a pattern names methods (then they apply, as {@code -Dtest} patterns do)
 * @param groups the groups to run, or null for all
 * @param excludedGroups the groups not to run, or null for none
 * @param listeners the listeners' class names
 * @param parameters the suites' and their tests' parameters, by name
 */
record TestNgSuites(
    List<String> includes,
    boolean methods,
    String groups,
    String excludedGroups,
    List<String> listeners,
    Map<String, String> parameters,
    List<String> warnings) {

  /** Reads the suite files (and those they name); a file that cannot be read is an error. */
  static TestNgSuites read(List<File> files) {
    Reader reader = new Reader();
    for (File file : files) {
      reader.suite(file, new LinkedHashSet<>());
    }
    return reader.result();
  }

  private static final class Reader {
    final Set<String> includes = new LinkedHashSet<>();
    final Set<String> listeners = new LinkedHashSet<>();
    final Map<String, String> parameters = new LinkedHashMap<>();
    final Set<String> warnings = new LinkedHashSet<>();
    final Set<List<String>> runIncludes = new LinkedHashSet<>();
    final Set<List<String>> runExcludes = new LinkedHashSet<>();
    boolean methods;

    void suite(File file, Set<File> reading) {
      File canonical = canonical(file);
      if (!reading.add(canonical)) {
        return; // a suite that names itself, directly or not
      }
      Element suite = parse(canonical).getDocumentElement();
      if (!suite.getTagName().equals("suite")) {
        throw new IllegalArgumentException(file + " is no TestNG suite (its root is not <suite>)");
      }
      addParameters(suite, file);
      for (Element listener : descendants(suite, "listeners", "listener")) {
        String name = listener.getAttribute("class-name");
        if (!name.isBlank()) {
          listeners.add(name.strip());
        }
      }
      List<String> suiteRunIncludes = groupNames(suite, "include");
      List<String> suiteRunExcludes = groupNames(suite, "exclude");
      for (Element test : children(suite, "test")) {
        if ("false".equals(test.getAttribute("enabled"))) {
          continue;
        }
        addParameters(test, file);
        runIncludes.add(concat(suiteRunIncludes, groupNames(test, "include")));
        runExcludes.add(concat(suiteRunExcludes, groupNames(test, "exclude")));
        for (Element testClass : descendants(test, "classes", "class")) {
          addClass(testClass);
        }
        for (Element testPackage : descendants(test, "packages", "package")) {
          addPackage(testPackage, file);
        }
      }
      for (Element suiteFile : descendants(suite, "suite-files", "suite-file")) {
        String path = suiteFile.getAttribute("path");
        if (!path.isBlank()) {
          File named = new File(path);
          suite(named.isAbsolute() ? named : new File(canonical.getParentFile(), path), reading);
        }
      }
      reading.remove(canonical);
    }

    /** The {@code <parameter>}s directly under a suite or test; one value a name for the run. */
    private void addParameters(Element parent, File file) {
      for (Element parameter : children(parent, "parameter")) {
        String name = parameter.getAttribute("name");
        String value = parameter.getAttribute("value");
        String known = parameters.putIfAbsent(name, value);
        if (known != null && !known.equals(value)) {
          warnings.add(
              "suite "
                  + file.getName()
                  + " gives the parameter "
                  + name
                  + " another value ("
                  + value
                  + "); testshard gives every test the first ("
                  + known
                  + ").");
        }
      }
    }

    private void addClass(Element testClass) {
      String path = testClass.getAttribute("name").strip().replace('.', '/') + ".java";
      List<String> included = new ArrayList<>();
      for (Element method : descendants(testClass, "methods", "include")) {
        // TestNG's names are regular expressions; Surefire's method patterns are globs.
        included.add(method.getAttribute("name").strip().replace(".*", "*"));
      }
      if (!descendants(testClass, "methods", "exclude").isEmpty()) {
        warnings.add(
            "<methods><exclude> in "
                + testClass.getAttribute("name")
                + " is not applied: all its other methods run.");
      }
      if (included.isEmpty()) {
        includes.add(path);
      } else {
        methods = true;
        includes.add(path + "#" + String.join("+", included));
      }
    }

    private void addPackage(Element testPackage, File file) {
      String name = testPackage.getAttribute("name").strip();
      if (name.endsWith(".*")) {
        includes.add(name.substring(0, name.length() - 2).replace('.', '/') + "/**/*.java");
      } else {
        includes.add(name.replace('.', '/') + "/*.java");
      }
      if (!children(testPackage, "include").isEmpty()
          || !children(testPackage, "exclude").isEmpty()) {
        warnings.add(
            "suite "
                + file.getName()
                + ": the class filters of package "
                + name
                + " are not applied: all its test classes run.");
      }
    }

    TestNgSuites result() {
      String groups = null;
      String excludedGroups = null;
      if (runIncludes.size() > 1 || runExcludes.size() > 1) {
        warnings.add(
            "the suites' <test>s run different groups; testshard runs the classes of all of them"
                + " with every group.");
      } else {
        groups = joined(runIncludes);
        excludedGroups = joined(runExcludes);
      }
      return new TestNgSuites(
          List.copyOf(includes),
          methods,
          groups,
          excludedGroups,
          List.copyOf(listeners),
          Collections.unmodifiableMap(new LinkedHashMap<>(parameters)),
          List.copyOf(warnings));
    }

    private static String joined(Set<List<String>> names) {
      if (names.isEmpty() || names.iterator().next().isEmpty()) {
        return null;
      }
      return String.join(",", names.iterator().next());
    }
  }

  /** The names of {@code <groups><run><include|exclude name>} directly under {@code parent}. */
  private static List<String> groupNames(Element parent, String kind) {
    List<String> names = new ArrayList<>();
    for (Element groups : children(parent, "groups")) {
      for (Element run : children(groups, "run")) {
        for (Element group : children(run, kind)) {
          if (!group.getAttribute("name").isBlank()) {
            names.add(group.getAttribute("name").strip());
          }
        }
      }
    }
    return names;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** The {@code <child>} elements of each {@code <container>} directly under {@code parent}. */
  private static List<Element> descendants(Element parent, String container, String child) {
    List<Element> found = new ArrayList<>();
    for (Element element : children(parent, container)) {
      found.addAll(children(element, child));
    }
    return found;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        found.add(element);
      }
    }
    return found;
  }

  private static org.w3c.dom.Document parse(File file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Suite files name TestNG's DTD on the web: never fetched, never needed to read them.
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(file);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException(
          "cannot read the TestNG suite " + file + ": " + e.getMessage(), e);
    }
  }

  private static File canonical(File file) {
    try {
      return file.getCanonicalFile();
    } catch (IOException e) {
      return file.getAbsoluteFile();
    }
  }
}
