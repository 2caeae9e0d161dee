package io.github.cognitoevents.patterntest.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitoevents.patterntest.Rule;

/**
 * Fuzzes the template reader: any text (JSON or YAML) gives rules, skipped rules and problems, or a
 * {@link TemplateException}; nothing else escapes (no other exception, no stack overflow, no hang),
 * and every rule read has a valid pattern and a unique name.
 *
 * <p>A normal build runs the committed seeds in {@code TemplateReaderFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn -pl pattern-test -am test -Dtest=TemplateReaderFuzzTest} fuzzes.
 */
class TemplateReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readsRulesOrRejectsAnyText(FuzzedDataProvider data) {
    String parameter = data.consumeString(20);
    String text = data.consumeRemainingAsString();
    TemplateRules read;
    try {
      read =
          TemplateReader.create()
              .withParameter("Stage", parameter)
              .withParameter("AWS::Region", "us-east-1")
              .read("fuzz.yaml", text);
    } catch (TemplateException e) {
      assertThat(e.getMessage()).startsWith("fuzz.yaml ");
      return;
    }
    assertThat(read.ruleSet().size()).isEqualTo(read.rules().size());
    for (Rule rule : read.rules()) {
      assertThat(rule.pattern().toJson()).startsWith("{");
    }
  }
}
