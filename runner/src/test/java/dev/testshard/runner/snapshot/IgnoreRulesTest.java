package dev.testshard.runner.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

  @Test
  void aNameWithoutSlashMatchesAtAnyDepth() {
    IgnoreRules rules = IgnoreRules.parse(".env\n");

    assertThat(rules.ignores(".env")).isTrue();
    assertThat(rules.ignores("app/config/.env")).isTrue();
    assertThat(rules.ignores(".envrc")).isFalse();
  }

  @Test
  void aTrailingSlashMatchesEverythingBelowADirectoryButNotAFileOfThatName() {
    IgnoreRules rules = IgnoreRules.parse("secrets/\n");

    assertThat(rules.ignores("secrets/api-key.txt")).isTrue();
    assertThat(rules.ignores("module/secrets/deep/key.pem")).isTrue();
    assertThat(rules.ignores("secrets")).isFalse();
  }

  @Test
  void aSlashInsideAnchorsThePatternAtTheProjectRoot() {
    IgnoreRules rules = IgnoreRules.parse("/config/local.properties\ndocs/*.key\n");

    assertThat(rules.ignores("config/local.properties")).isTrue();
    assertThat(rules.ignores("app/config/local.properties")).isFalse();
    assertThat(rules.ignores("docs/a.key")).isTrue();
    assertThat(rules.ignores("docs/sub/a.key")).isFalse();
  }

  @Test
  void starsQuestionMarksAndDoubleStarsAreGlobs() {
    IgnoreRules rules = IgnoreRules.parse("*.pem\nkey?.txt\n**/private/**\n");

    assertThat(rules.ignores("certs/server.pem")).isTrue();
    assertThat(rules.ignores("key1.txt")).isTrue();
    assertThat(rules.ignores("key12.txt")).isFalse();
    assertThat(rules.ignores("a/b/private/c/d.txt")).isTrue();
    assertThat(rules.ignores("a/b/privately.txt")).isFalse();
  }

  @Test
  void theLastMatchingPatternWinsSoNegationReIncludes() {
    IgnoreRules rules = IgnoreRules.parse("# keys\n*.key\n!public.key\n");

    assertThat(rules.ignores("private.key")).isTrue();
    assertThat(rules.ignores("public.key")).isFalse();
  }

  @Test
  void noRulesIgnoreNothing() {
    assertThat(IgnoreRules.none().ignores(".env")).isFalse();
    assertThat(IgnoreRules.parse("\n  \n# only a comment\n").ignores("a/b")).isFalse();
  }
}
