package io.github.cognitoevents.samples;

import static io.github.cognitoevents.testkit.junit.PatternAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.patterntest.templates.TemplateReader;
import io.github.cognitoevents.patterntest.templates.TemplateRules;
import io.github.cognitoevents.samples.listener.ListenerTemplate;
import io.github.cognitoevents.samples.listener.UserPoolClientListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule-set example: the listener's own template, read back and routed. */
class RuleSetReadmeExampleTest {

  @Test
  void readsTheListenersTemplateAndRoutesTheSampleEvents() throws Exception {
    // example: pattern-test-rule-set
    Path template =
        ListenerTemplate.write(
            UserPoolClientListener.RULE, Path.of("target", "listener.template.json"));
    TemplateRules read = TemplateReader.create().read(template); // also YAML, SAM, cdk.out
    RuleSet rules = read.ruleSet();

    List<String> fired = rules.matching(SampleEvents.json("delete-user-pool-client.json"));
    // fired: [ClientChangesRule]
    System.out.println(rules.explain(SampleEvents.json("describe-user-pool-client.json")));
    assertThat(rules).routes(Path.of("events", "describe-user-pool-client.json")).toNone();
    // end example

    assertThat(read.problems()).isEmpty();
    assertThat(read.skipped()).isEmpty();
    assertThat(fired).containsExactly("ClientChangesRule");
    assertThat(rules.explain(SampleEvents.json("describe-user-pool-client.json")).toString())
        .startsWith("ClientChangesRule: does not fire\n")
        .contains("FAIL detail.eventName");
    assertThat(rules.rules().get(0).pattern().toJson())
        .isEqualTo(UserPoolClientListener.RULE.build().toJson());
  }
}
