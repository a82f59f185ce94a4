package dev.testshard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The UTF-8 XML writer of the merged report: what the JDK's writer writes, elements, attributes and
 * escaped text, but with line breaks and tabs in attribute values written as character references,
 * as Maven Surefire's reports have them ({@code name="adds[a&#10;b](1)"}). A reader turns a line
 * break written as it is in an attribute into a space (attribute-value normalization), so a test
 * named after a parameter that prints on several lines would otherwise come back under another
 * name; the JDK's writer has no setting for it. Namespaces, DTDs and entity references are not
 * needed by the report and are refused.
 */
final class ReportXmlWriter implements XMLStreamWriter {
  private final Writer out;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean startTagOpen;
  private boolean emptyElement;

  ReportXmlWriter(OutputStream stream) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  @Override
  public void writeStartDocument() throws XMLStreamException {
    writeStartDocument("UTF-8", "1.0");
  }

  @Override
  public void writeStartDocument(String version) throws XMLStreamException {
    writeStartDocument("UTF-8", version);
  }

  @Override
  public void writeStartDocument(String encoding, String version) throws XMLStreamException {
    write("<?xml version=\"" + version + "\" encoding=\"" + encoding + "\"?>");
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    closeStartTag();
    write("<" + localName);
    open.push(localName);
    startTagOpen = true;
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    closeStartTag();
    write("<" + localName);
    startTagOpen = true;
    emptyElement = true;
  }

  @Override
  public void writeAttribute(String localName, String value) throws XMLStreamException {
    if (!startTagOpen) {
      throw new XMLStreamException("attribute " + localName + " outside a start tag");
    }
    write(" " + localName + "=\"" + escape(value, true) + "\"");
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    closeStartTag();
    if (open.isEmpty()) {
      throw new XMLStreamException("no element to end");
    }
    write("</" + open.pop() + ">");
  }

  @Override
  public void writeEndDocument() throws XMLStreamException {
    while (!open.isEmpty()) {
      writeEndElement();
    }
    closeStartTag();
  }

  @Override
  public void writeCharacters(String text) throws XMLStreamException {
    closeStartTag();
    write(escape(text, false));
  }

  @Override
  public void writeCharacters(char[] text, int start, int length) throws XMLStreamException {
    writeCharacters(new String(text, start, length));
  }

  @Override
  public void writeComment(String data) throws XMLStreamException {
    closeStartTag();
    write("<!--" + data + "-->");
  }

  @Override
  public void writeCData(String data) throws XMLStreamException {
    closeStartTag();
    write("<![CDATA[" + data + "]]>");
  }

  @Override
  public void flush() throws XMLStreamException {
    try {
      out.flush();
    } catch (IOException e) {
      throw new XMLStreamException(e);
    }
  }

  /** Flushes; the stream stays open, as with the JDK's writer. */
  @Override
  public void close() throws XMLStreamException {
    flush();
  }

  /** Text for an attribute value or an element's content, escaped as described. */
  static String escape(String text, boolean attribute) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\r' -> attribute ? "&#13;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> null;
          };
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private void closeStartTag() throws XMLStreamException {
    if (startTagOpen) {
      write(emptyElement ? "/>" : ">");
      startTagOpen = false;
      emptyElement = false;
    }
  }

  private void write(String text) throws XMLStreamException {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new XMLStreamException(e);
    }
  }

  private static XMLStreamException unsupported(String what) {
    return new XMLStreamException(what + " is not written in a testshard report");
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
      throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeAttribute(String namespaceUri, String localName, String value)
      throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void writeProcessingInstruction(String target) throws XMLStreamException {
    throw unsupported("a processing instruction");
  }

  @Override
  public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
    throw unsupported("a processing instruction");
  }

  @Override
  public void writeDTD(String dtd) throws XMLStreamException {
    throw unsupported("a DTD");
  }

  @Override
  public void writeEntityRef(String name) throws XMLStreamException {
    throw unsupported("an entity reference");
  }

  @Override
  public String getPrefix(String uri) {
    return null;
  }

  @Override
  public void setPrefix(String prefix, String uri) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void setDefaultNamespace(String uri) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
    throw unsupported("a namespace");
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    return null;
  }

  @Override
  public Object getProperty(String name) {
    throw new IllegalArgumentException("no property " + name);
  }
}
