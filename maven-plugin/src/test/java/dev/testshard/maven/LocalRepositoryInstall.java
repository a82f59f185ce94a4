package dev.testshard.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Puts a plugin's jar and POM into a local Maven repository where Maven finds them without any
 * remote repository: {@code <groupId as path>/<artifactId>/<version>/<artifactId>-<version>.jar}
 * and {@code .pom}, coordinates taken from the POM. The POM must stand alone (no parent to
 * resolve), such as the plugin's {@code target/.flattened-pom.xml}. Maven 3.8.7 and 3.9.9 both
 * resolve a {@code -SNAPSHOT} plugin laid out like this, with no {@code maven-metadata-local.xml}
 * (files without a {@code _remote.repositories} record count as locally installed). Nothing else in
 * the repository is touched; an earlier copy of the same version is replaced.
 *
 * <p>The runner does the same at run time; it lives here, in the plugin's test code, until then.
 */
public final class LocalRepositoryInstall {
  /** What was installed, and where. */
  public record Installed(String groupId, String artifactId, String version, Path directory) {
    /** {@code groupId:artifactId:version:goal}, for the mvn command line. */
    public String goal(String goal) {
      return groupId + ":" + artifactId + ":" + version + ":" + goal;
    }
  }

  private LocalRepositoryInstall() {}

  public static Installed install(Path localRepository, Path jar, Path pom) throws IOException {
    Element project = parse(pom);
    String groupId = child(project, "groupId", true);
    String artifactId = child(project, "artifactId", false);
    String version = child(project, "version", true);
    if (groupId == null || artifactId == null || version == null) {
      throw new IOException(pom + " does not name groupId, artifactId and version");
    }
    Path directory =
        localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
    Files.createDirectories(directory);
    String base = artifactId + "-" + version;
    copy(jar, directory.resolve(base + ".jar"));
    copy(pom, directory.resolve(base + ".pom"));
    return new Installed(groupId, artifactId, version, directory);
  }

  private static void copy(Path source, Path target) throws IOException {
    Path temporary =
        Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try {
      Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Element parse(Path pom) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("Cannot read " + pom + ": " + e.getMessage(), e);
    }
  }

  /** A direct child's text, else (when {@code inherited}) the parent element's. */
  private static String child(Element project, String name, boolean inherited) {
    String own = text(project, name);
    if (own != null || !inherited) {
      return own;
    }
    for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element parent && parent.getTagName().equals("parent")) {
        return text(parent, name);
      }
    }
    return null;
  }

  private static String text(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return null;
  }
}
