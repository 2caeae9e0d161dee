package io.github.cognitoevents.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.benchmarks.BenchmarkInputs.CloudTrailEvent;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.testsupport.ArrayShapes;
import io.github.cognitoevents.testsupport.EventRuler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.event.ruler.Machine;

/**
 * Checks that the rule-set and array benchmarks measure real work: the 1,000 rules are distinct and
 * valid, every peer gives the same answer on every event, a few rules fire on each event, and every
 * array shape gives its intended verdict. No timing here.
 */
class RuleSetBenchmarkInputsTest {

  @Test
  void theRulesAreDistinctValidAndStable() {
    List<String> rules = RealisticRules.first(1000);
    assertThat(new HashSet<>(rules)).hasSize(1000);
    assertThat(RealisticRules.first(10)).isEqualTo(rules.subList(0, 10));
    for (String rule : rules) {
      EventPattern.parse(rule);
    }
    assertThat(rules.get(0)).contains("UpdateUserPoolClient");
  }

  @ParameterizedTest
  @EnumSource(CloudTrailEvent.class)
  void everyPeerFiresTheSameFewRules(CloudTrailEvent event) throws Exception {
    byte[] bytes = BenchmarkInputs.cloudTrailEvent(event);
    List<String> patterns = RealisticRules.first(1000);
    RuleSet.Builder builder = RuleSet.builder();
    Machine machine = EventRuler.machine();
    List<String> loop = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      builder.add("rule-" + i, EventPattern.parse(patterns.get(i)));
      machine.addRule("rule-" + i, patterns.get(i));
      if (PatternMatcher.compile(patterns.get(i)).matches(bytes)) {
        loop.add("rule-" + i);
      }
    }
    List<String> ours = builder.build().matching(bytes);
    Set<String> ruler =
        new HashSet<>(machine.rulesForJSONEvent(new String(bytes, StandardCharsets.UTF_8)));
    assertThat(ours).isEqualTo(loop);
    assertThat(new HashSet<>(ours)).isEqualTo(ruler);
    assertThat(ours).hasSizeBetween(2, 10);
  }

  @ParameterizedTest
  @EnumSource(ArrayShapes.class)
  void everyArrayShapeGivesItsVerdictForBothPeers(ArrayShapes shape) throws Exception {
    String event = shape.event(16 * 1024);
    assertThat(event.length()).isBetween(16 * 1024, 17 * 1024);
    assertThat(PatternMatcher.compile(shape.pattern()).matches(event)).isEqualTo(shape.matches());
    assertThat(EventRuler.matches(shape.pattern(), event)).isEqualTo(shape.matches());
  }
}
