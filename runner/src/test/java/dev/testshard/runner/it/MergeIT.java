package dev.testshard.runner.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.report.JUnitXmlReader;
import dev.testshard.report.TestSuiteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code testshard merge} (with {@code --html}) over Maven Surefire's reports of an example. */
class MergeIT {

  @TempDir Path temp;

  @Test
  void mergesSurefireReportsIntoOneFlatReportWithTheSameCountsAndNames() throws Exception {
    Path project = SurefireRuns.of("failing");
    List<Path> reports = SurefireRuns.reports("failing");
    Path merged = temp.resolve("TEST-merged.xml");

    Cli.Result result =
        Cli.run(
            "merge", "--html", "--output", merged.toString(), project.resolve("target").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out()).contains("merged 4 files");
    assertThat(Files.readString(temp.resolve("index.html")))
        .contains("\"subtitle\":\"merged from 4 JUnit XML files\"")
        .contains("No shard timeline (merged from JUnit XML");
    List<TestSuiteResult> suites = new ArrayList<>();
    JUnitXmlReader.read(merged, suites::add);
    assertThat(suites).extracting(TestSuiteResult::name).doesNotHaveDuplicates();
    assertThat(Counts.of(Examples.totalsOf(List.of(merged))))
        .isEqualTo(Counts.of(Examples.expected("failing")));
    assertThat(Examples.casesOf(List.of(merged)))
        .as("Surefire's own names, e.g. the nameless error of a failing @BeforeAll")
        .containsExactlyElementsOf(Examples.casesOf(reports))
        .contains("com.example.failing.setup.BrokenSetupTest\t\tERROR");
    assertThat(Files.readString(merged))
        .doesNotContain("java.home")
        .doesNotContain("<testsuites><testsuites");
  }

  @Test
  void brokenXmlIsOneLineNamingTheFileAndLineWithExitCode2() throws Exception {
    Path broken = temp.resolve("TEST-broken.xml");
    Files.writeString(broken, "<testsuite name=\"a\">\n  <testcase name=\"x\" classname=\"a\">\n");

    Cli.Result result =
        Cli.run("merge", "--output", temp.resolve("out.xml").toString(), broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.errLines().get(0)).contains("TEST-broken.xml").contains("line");
    assertThat(temp.resolve("out.xml")).doesNotExist();
  }
}
