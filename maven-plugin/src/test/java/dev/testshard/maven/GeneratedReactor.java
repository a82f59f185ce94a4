package dev.testshard.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the multi-module Maven project {@link DescribeIT} runs: one module per Surefire setting
 * the plugin must read right. Plugin and library versions are fixed, most already in a developer's
 * local repository.
 *
 * <ul>
 *   <li>{@code coverage}: JaCoCo's {@code prepare-agent} and {@code <argLine>@{argLine} ${heap}},
 *       where the profile {@code big-heap} changes {@code heap} and sets the property {@code
 *       argLine}, which Surefire's default {@code ${argLine}} gives the other modules
 *   <li>{@code skipped}: {@code skipTests}
 *   <li>{@code env}: system property variables and environment variables
 *   <li>{@code twice}: two {@code test} executions with different includes and groups
 *   <li>{@code legacy}: JUnit 4 only
 *   <li>{@code junit3}: JUnit 3.8.2, older than the Vintage engine accepts
 *   <li>{@code specific}: a test {@code Foo#bar} to select with {@code -Dtest}
 *   <li>{@code integration}: a Failsafe execution
 * </ul>
 */
final class GeneratedReactor {
  private GeneratedReactor() {}

  static void write(Path root) throws IOException {
    file(root, "pom.xml", ROOT_POM);
    module(root, "coverage", JUPITER, COVERAGE_BUILD);
    module(root, "skipped", JUPITER, surefire("<skipTests>true</skipTests>"));
    module(root, "env", JUPITER, ENV_BUILD);
    module(root, "twice", JUPITER, TWICE_BUILD);
    module(root, "legacy", JUNIT4, surefire("<skipAfterFailureCount>2</skipAfterFailureCount>"));
    module(root, "junit3", JUNIT3, "");
    module(root, "specific", JUPITER, surefire("<skipAfterFailureCount>2</skipAfterFailureCount>"));
    module(root, "integration", JUPITER, FAILSAFE_BUILD);
    module(root, "scanning", JUPITER + SPECIFIC_TESTS, SCANNING_BUILD);
    file(
        root, "coverage/src/test/java/it/CoverageTest.java", jupiterTest("CoverageTest", "covers"));
    file(root, "specific/src/test/java/it/Foo.java", jupiterTest("Foo", "bar"));
    file(
        root,
        "legacy/src/test/java/it/LegacyTest.java",
        "package it;\npublic class LegacyTest { @org.junit.Test public void old() {} }\n");
    file(
        root,
        "junit3/src/test/java/it/OldTest.java",
        "package it;\npublic class OldTest extends junit.framework.TestCase {"
            + " public void testOld() {} }\n");
  }

  private static void module(Path root, String name, String dependencies, String build)
      throws IOException {
    file(
        root,
        name + "/pom.xml",
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent><groupId>it.testshard</groupId><artifactId>reactor</artifactId><version>1.0</version></parent>
          <artifactId>%s</artifactId>
          <dependencies>%s</dependencies>
          <build><plugins>%s</plugins></build>
        </project>
        """
            .formatted(name, dependencies, build));
  }

  private static String surefire(String configuration) {
    return "<plugin><artifactId>maven-surefire-plugin</artifactId><configuration>"
        + configuration
        + "</configuration></plugin>";
  }

  private static String jupiterTest(String className, String method) {
    return "package it;\nclass %s { @org.junit.jupiter.api.Test void %s() {} }\n"
        .formatted(className, method);
  }

  private static void file(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static final String JUPITER =
      "<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>"
          + "<scope>test</scope></dependency>";

  private static final String JUNIT4 =
      "<dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>"
          + "<scope>test</scope></dependency>";

  private static final String JUNIT3 =
      "<dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>3.8.2</version>"
          + "<scope>test</scope></dependency>";

  private static final String ROOT_POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>it.testshard</groupId>
        <artifactId>reactor</artifactId>
        <version>1.0</version>
        <packaging>pom</packaging>
        <modules>
          <module>coverage</module><module>skipped</module><module>env</module>
          <module>twice</module><module>legacy</module><module>junit3</module><module>specific</module>
          <module>integration</module><module>scanning</module>
        </modules>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          <heap>-Xmx256m</heap>
          <phrased.names>true</phrased.names>
        </properties>
        <dependencyManagement><dependencies><dependency>
          <groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.14.1</version>
          <type>pom</type><scope>import</scope>
        </dependency></dependencies></dependencyManagement>
        <build><pluginManagement><plugins>
          <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
          <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
          <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
          <plugin><artifactId>maven-failsafe-plugin</artifactId><version>3.5.4</version></plugin>
          <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
        </plugins></pluginManagement></build>
        <profiles>
          <profile>
            <id>big-heap</id>
            <properties><heap>-Xmx512m -Dprofile=big-heap</heap><argLine>-Dfrom.profile=true</argLine></properties>
          </profile>
        </profiles>
      </project>
      """;

  /** The tests of module {@code specific}, as the reactor gives them: its test classes. */
  private static final String SPECIFIC_TESTS =
      "<dependency><groupId>it.testshard</groupId><artifactId>specific</artifactId>"
          + "<version>1.0</version><type>test-jar</type><scope>test</scope></dependency>";

  private static final String SCANNING_BUILD =
      surefire(
          "<dependenciesToScan><dependency>it.testshard:specific:test-jar</dependency>"
              + "<dependency>org.junit.jupiter:junit-jupiter-api</dependency>"
              + "<dependency>it.testshard:nothing-like-it</dependency></dependenciesToScan>");

  private static final String COVERAGE_BUILD =
      """
      <plugin>
        <groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.12</version>
        <executions><execution><goals><goal>prepare-agent</goal></goals></execution></executions>
      </plugin>
      """
          + surefire("<argLine>@{argLine} ${heap}</argLine>");

  private static final String ENV_BUILD =
      surefire(
          """
          <systemPropertyVariables>
            <data.dir>${project.build.directory}/data</data.dir>
            <db.name>db_${surefire.forkNumber}</db.name>
          </systemPropertyVariables>
          <environmentVariables><APP_MODE>test</APP_MODE></environmentVariables>
          <excludedEnvironmentVariables><name>SECRET_TOKEN</name></excludedEnvironmentVariables>
          """);

  private static final String FAILSAFE_BUILD =
      """
      <plugin>
        <artifactId>maven-failsafe-plugin</artifactId>
        <configuration><systemPropertyVariables><it.only>yes</it.only></systemPropertyVariables></configuration>
        <executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution></executions>
      </plugin>
      """;

  private static final String TWICE_BUILD =
      """
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <executions>
          <execution>
            <id>default-test</id>
            <configuration><includes><include>**/*UnitTest.java</include></includes><groups>fast</groups></configuration>
          </execution>
          <execution>
            <id>slow-tests</id>
            <goals><goal>test</goal></goals>
            <configuration>
              <includes><include>**/*SlowTest.java</include></includes>
              <groups>slow</groups>
              <reportNameSuffix>slow</reportNameSuffix>
              <statelessTestsetReporter implementation="org.apache.maven.plugin.surefire.extensions.junit5.JUnit5Xml30StatelessReporter">
                <usePhrasedTestCaseMethodName>${phrased.names}</usePhrasedTestCaseMethodName>
              </statelessTestsetReporter>
              <rerunFailingTestsCount>2</rerunFailingTestsCount>
              <reuseForks>false</reuseForks>
              <properties><configurationParameters>
                junit.jupiter.execution.timeout.default = 5 m
                junit.jupiter.execution.parallel.enabled=true
              </configurationParameters></properties>
            </configuration>
          </execution>
        </executions>
      </plugin>
      """;
}
