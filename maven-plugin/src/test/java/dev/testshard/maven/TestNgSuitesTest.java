package dev.testshard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNgSuitesTest {

  private static final String DOCTYPE =
      "<!DOCTYPE suite SYSTEM \"https://testng.org/testng-1.0.dtd\">\n";

  @TempDir Path dir;

  @Test
  void classesMethodsPackagesGroupsAndListenersOfEveryTestAndNamedSuite() throws IOException {
    write(
        "testng.xml",
        DOCTYPE
            + """
            <suite name="all">
              <listeners><listener class-name="com.acme.Listener"/></listeners>
              <groups><run><include name="fast"/><exclude name="broken"/></run></groups>
              <test name="unit">
                <classes>
                  <class name="com.acme.CartTest"/>
                  <class name="com.acme.PriceCheck">
                    <methods><include name="adds"/><include name="rounds"/></methods>
                  </class>
                </classes>
              </test>
              <test name="packages">
                <packages>
                  <package name="com.acme.api.*"/>
                  <package name="com.acme.db"/>
                </packages>
              </test>
              <test name="off" enabled="false">
                <classes><class name="com.acme.OffTest"/></classes>
              </test>
              <suite-files><suite-file path="more/other.xml"/></suite-files>
            </suite>
            """);
    write(
        "more/other.xml",
        """
        <suite name="other">
          <groups><run><include name="fast"/><exclude name="broken"/></run></groups>
          <test name="other"><classes><class name="com.acme.OtherTest"/></classes></test>
          <suite-files><suite-file path="../testng.xml"/></suite-files>
        </suite>
        """);

    TestNgSuites suites = TestNgSuites.read(List.of(dir.resolve("testng.xml").toFile()));

    assertThat(suites.includes())
        .containsExactly(
            "com/acme/CartTest.java",
            "com/acme/PriceCheck.java#adds+rounds",
            "com/acme/api/**/*.java",
            "com/acme/db/*.java",
            "com/acme/OtherTest.java");
    assertThat(suites.methods()).isTrue();
    assertThat(suites.groups()).isEqualTo("fast");
    assertThat(suites.excludedGroups()).isEqualTo("broken");
    assertThat(suites.listeners()).containsExactly("com.acme.Listener");
    assertThat(suites.warnings()).isEmpty();
  }

  @Test
  void whatTheEngineCannotBeGivenIsAWarning() throws IOException {
    write(
        "testng.xml",
        """
        <suite name="s">
          <parameter name="browser" value="chrome"/>
          <test name="a">
            <groups><run><include name="fast"/></run></groups>
            <classes><class name="a.ATest"><methods><exclude name="slow"/></methods></class></classes>
          </test>
          <test name="b">
            <groups><run><include name="slow"/></run></groups>
            <packages><package name="b"><exclude name="Old.*"/></package></packages>
          </test>
        </suite>
        """);

    TestNgSuites suites = TestNgSuites.read(List.of(dir.resolve("testng.xml").toFile()));

    assertThat(suites.includes()).containsExactly("a/ATest.java", "b/*.java");
    assertThat(suites.methods()).isFalse();
    assertThat(suites.groups()).isNull();
    assertThat(suites.warnings())
        .hasSize(3)
        .anySatisfy(w -> assertThat(w).contains("<methods><exclude> in a.ATest"))
        .anySatisfy(w -> assertThat(w).contains("class filters of package b"))
        .anySatisfy(w -> assertThat(w).contains("different groups"));
  }

  @Test
  void theParametersOfSuitesAndTestsGoToTheRunAndADifferentValueIsAWarning() throws IOException {
    write(
        "testng.xml",
        """
        <suite name="s">
          <parameter name="browser" value="chrome"/>
          <test name="a">
            <parameter name="user" value="ann"/>
            <classes><class name="a.ATest"/></classes>
          </test>
          <test name="b">
            <parameter name="user" value="bob"/>
            <classes><class name="b.BTest"/></classes>
          </test>
        </suite>
        """);

    TestNgSuites suites = TestNgSuites.read(List.of(dir.resolve("testng.xml").toFile()));

    assertThat(suites.parameters())
        .containsExactly(entry("browser", "chrome"), entry("user", "ann"));
    assertThat(suites.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("parameter user another value (bob)"));
  }

  @Test
  void aFileThatIsNoSuiteIsAnError() throws IOException {
    write("pom.xml", "<project/>");
    File missing = dir.resolve("missing.xml").toFile();

    assertThatThrownBy(() -> TestNgSuites.read(List.of(dir.resolve("pom.xml").toFile())))
        .hasMessageContaining("no TestNG suite");
    assertThatThrownBy(() -> TestNgSuites.read(List.of(missing)))
        .hasMessageContaining("cannot read the TestNG suite");
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
