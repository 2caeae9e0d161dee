package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.MachineComplexityEvaluator;

/**
 * The wildcard complexity score against event-ruler's {@code MachineComplexityEvaluator}, the
 * metric EventBridge's service-side check uses (event-ruler README, "Validate"), and the threshold
 * the recorded AWS verdicts bound.
 */
class WildcardComplexityTest {
  private static final PatternLimits NO_COMPLEXITY_LIMIT =
      new PatternLimits(Integer.MAX_VALUE, 1000, Integer.MAX_VALUE);

  /** Both scores are capped here, as event-ruler's evaluator is slow with a high cap. */
  private static final int CAP = 40;

  private static int ruler(String json) throws IOException {
    Machine machine = Machine.builder().build();
    machine.addRule("r", json);
    return machine.evaluateComplexity(new MachineComplexityEvaluator(CAP));
  }

  private static int ours(String json) {
    return Math.min(CAP, EventPattern.parse(json, NO_COMPLEXITY_LIMIT).wildcardComplexity());
  }

  private static String wildcardPattern(String wildcard) {
    return "{\"f\":[{\"wildcard\":\"" + wildcard + "\"}]}";
  }

  @ParameterizedTest
  @CsvSource({
    "*:*:*:*:*:event-bus/*, 11",
    "/Users/*/dir/dir/dir/dir/dir/doc.txt, 7",
    "*a*b*c*d*e*, 7",
    "arn:aws:events:us-east-1:*:event-bus/*, 3",
    "*/dir/*, 4",
    "*:*:*:event-bus/*, 7",
    "*:*:*:*:event-bus/*, 9",
    "*, 2",
    "abc, 1"
  })
  void scoresTheReferencePatternsLikeEventRuler(String wildcard, int score) throws IOException {
    String json = wildcardPattern(wildcard);
    assertThat(ours(json)).isEqualTo(score);
    assertThat(ruler(json)).isEqualTo(score);
  }

  @Test
  void patternsWithoutWildcardsScoreZero() {
    assertThat(ours("{\"f\":[\"*\",{\"prefix\":\"*\"}]}")).isZero();
  }

  @Test
  void defaultLimitRejectsOnlyScoresAboveTen() {
    assertThat(PatternLimits.rules().maxWildcardComplexity()).isEqualTo(10);
    assertThat(EventPattern.parse(wildcardPattern("*:*:*:*:event-bus/*")).wildcardComplexity())
        .isEqualTo(9);
  }

  @Test
  void agreesWithEventRulerOnTwoThousandRandomSingleWildcards() throws IOException {
    SplittableRandom random = new SplittableRandom(17L);
    int disagreements = 0;
    for (int i = 0; i < 2_000; i++) {
      String json = wildcardPattern(randomWildcard(random));
      if (ours(json) != ruler(json)) {
        disagreements++;
      }
    }
    assertThat(disagreements).isZero();
  }

  @Test
  void agreesWithEventRulerOnMostFieldsWithSeveralWildcards() throws IOException {
    SplittableRandom random = new SplittableRandom(19L);
    int agreements = 0;
    int aboveTenMismatch = 0;
    for (int i = 0; i < 600; i++) {
      StringBuilder json = new StringBuilder("{\"f\":[");
      int n = 2 + random.nextInt(2);
      for (int j = 0; j < n; j++) {
        String wildcard = "\"" + randomWildcard(random) + "\"";
        json.append(j > 0 ? "," : "")
            .append(
                random.nextBoolean()
                    ? "{\"wildcard\":" + wildcard + "}"
                    : "{\"anything-but\":{\"wildcard\":" + wildcard + "}}");
      }
      String text = json.append("]}").toString();
      int ours = ours(text);
      int ruler = ruler(text);
      if (ours == ruler) {
        agreements++;
      }
      if ((ours > 10) != (ruler > 10)) {
        aboveTenMismatch++;
      }
    }
    // several wildcards on one field share event-ruler automaton states; our per-pattern automata
    // reproduce the single-pattern score exactly and the combined score in most cases
    assertThat(agreements).isGreaterThanOrEqualTo(570);
    assertThat(aboveTenMismatch).isLessThanOrEqualTo(6);
  }

  private static String randomWildcard(SplittableRandom random) {
    int length = 1 + random.nextInt(14);
    StringBuilder s = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < length; i++) {
      char c = "ab:*".charAt(random.nextInt(4));
      if (c == '*' && previous == '*') {
        c = 'a';
      }
      s.append(c);
      previous = c;
    }
    return s.toString();
  }
}
