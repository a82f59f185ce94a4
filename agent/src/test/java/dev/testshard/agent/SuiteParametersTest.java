package dev.testshard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testshard.agent.testng.SurefireNamingListener;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testng.xml.XmlSuite;

/** The suite files' parameters reach the suite the TestNG engine runs through the listener. */
class SuiteParametersTest {

  @AfterEach
  void noParametersForOtherTests() {
    TestNgResults.suiteParameters(Map.of());
  }

  @Test
  void theListenerGivesTheEnginesSuiteTheSuiteFilesParameters() {
    TestNgResults.suiteParameters(Map.of("greeting", "hello", "name", "shop"));
    XmlSuite suite = new XmlSuite();
    suite.setParameters(Map.of("name", "own"));

    new SurefireNamingListener().alter(List.of(suite));

    assertThat(suite.getParameters())
        .containsOnly(Map.entry("greeting", "hello"), Map.entry("name", "own"));
  }

  @Test
  void withoutParametersTheSuiteIsLeftAsItIs() {
    XmlSuite suite = new XmlSuite();

    new SurefireNamingListener().alter(List.of(suite));

    assertThat(suite.getParameters()).isEmpty();
  }
}
