package io.github.cognitoevents.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.PatternLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.JsonRuleCompiler;

/**
 * Seeded generated-pattern tests: the render/parse round trip over 10,000 patterns, and agreement
 * with event-ruler's {@code JsonRuleCompiler.check} (the validator AWS runs) on validity and on the
 * first line of the message, over generated valid and broken patterns.
 */
class PatternGeneratorTest {
  private static final PatternLimits UNLIMITED_LENGTH =
      PatternLimits.testEventPattern().withMaxLength(Integer.MAX_VALUE);

  /**
   * Mutations where the recorded AWS verdict (or this library's documented choice) decides against
   * event-ruler, whose {@code check} accepts these patterns:
   *
   * <ul>
   *   <li>{@code TOO_COMPLEX_WILDCARD}: AWS rejects {@code *:*:*:*:*:event-bus/*} with "Rule is too
   *       complex ..." (corpus line {@code content_wildcard_complex_EXC}); event-ruler's compiler
   *       has no complexity limit.
   *   <li>{@code TOO_MANY_OR_COMBINATIONS}: the AWS documentation limits {@code $or} to 1,000
   *       combinations; event-ruler has no limit. The message text is ours (AWS's is not recorded).
   *   <li>{@code EXACTLY_OPERATOR}: {@code exactly} is undocumented by AWS and unverified; this
   *       library does not accept it ("Unrecognized match type exactly").
   *   <li>{@code EMPTY_ANYTHING_BUT_SET}: event-ruler accepts {@code
   *       {"anything-but":{"prefix":[]}}} and then throws {@code NullPointerException} when
   *       matching; this library rejects it with "Empty arrays are not allowed".
   * </ul>
   */
  private static final Set<PatternMutation> AWS_DECIDES_OTHERWISE =
      EnumSet.of(
          PatternMutation.TOO_COMPLEX_WILDCARD,
          PatternMutation.TOO_MANY_OR_COMBINATIONS,
          PatternMutation.EXACTLY_OPERATOR,
          PatternMutation.EMPTY_ANYTHING_BUT_SET);

  @Test
  void tenThousandGeneratedPatternsRoundTripThroughRenderAndParse() {
    PatternGenerator generator = new PatternGenerator(3L);
    for (int i = 0; i < 10_000; i++) {
      EventPattern pattern = generator.nextPattern();
      String compact = pattern.toJson();
      assertThat(EventPattern.parse(compact, UNLIMITED_LENGTH)).as(compact).isEqualTo(pattern);
      assertThat(EventPattern.parse(pattern.toPrettyJson(), UNLIMITED_LENGTH))
          .as(compact)
          .isEqualTo(pattern);
      assertThat(EventPattern.parse(compact, UNLIMITED_LENGTH).toJson()).isEqualTo(compact);
    }
  }

  @Test
  void threeThousandRespelledPatternsParseToTheSamePattern() {
    PatternGenerator generator = new PatternGenerator(4L);
    for (int i = 0; i < 3_000; i++) {
      EventPattern pattern = generator.nextPattern();
      String spelled = generator.spell(pattern);
      assertThat(EventPattern.parse(spelled, UNLIMITED_LENGTH)).as(spelled).isEqualTo(pattern);
    }
  }

  @Test
  void eventRulerAcceptsEveryGeneratedValidPattern() {
    PatternGenerator generator = new PatternGenerator(5L);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String json = generator.nextValidJson();
      String ruler = JsonRuleCompiler.check(json);
      if (ruler != null) {
        disagreements.add(json + " -> " + ruler);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void brokenPatternsGetEventRulersMessageApartFromTheDocumentedCases() {
    PatternGenerator generator = new PatternGenerator(7L);
    Map<PatternMutation, Integer> seen = new EnumMap<>(PatternMutation.class);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      BrokenPattern broken = generator.nextBroken();
      seen.merge(broken.mutation(), 1, Integer::sum);
      InvalidEventPatternException ours =
          catchThrowableOfType(
              InvalidEventPatternException.class,
              () -> EventPattern.parse(broken.json(), UNLIMITED_LENGTH));
      String ruler = JsonRuleCompiler.check(broken.json());
      if (ours == null) {
        disagreements.add("accepted: " + broken);
        continue;
      }
      if (broken.expectedReason() != null && !broken.expectedReason().equals(ours.reason())) {
        disagreements.add("reason " + ours.reason() + " for " + broken);
      }
      if (AWS_DECIDES_OTHERWISE.contains(broken.mutation())) {
        if (ruler != null) {
          disagreements.add("event-ruler now rejects a documented case: " + broken);
        }
      } else if (ruler == null || !ruler.split("\n", -1)[0].equals(ours.reason())) {
        disagreements.add(
            "event-ruler says " + ruler + ", we say " + ours.reason() + ": " + broken);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(seen.keySet()).containsExactlyInAnyOrder(PatternMutation.values());
  }

  @Test
  void everyMutationKindIsRejectedWithItsExpectedReason() {
    PatternGenerator generator = new PatternGenerator(11L);
    for (PatternMutation mutation : PatternMutation.values()) {
      for (int i = 0; i < 50; i++) {
        BrokenPattern broken = generator.nextBroken(mutation);
        InvalidEventPatternException e =
            catchThrowableOfType(
                InvalidEventPatternException.class,
                () -> EventPattern.parse(broken.json(), UNLIMITED_LENGTH));
        assertThat(e).as("%s rejected", broken).isNotNull();
        if (broken.expectedReason() != null) {
          assertThat(e.reason()).as(broken.json()).isEqualTo(broken.expectedReason());
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameSequence() {
    PatternGenerator a = new PatternGenerator(42L);
    PatternGenerator b = PatternGenerator.seeded(42L);
    for (int i = 0; i < 200; i++) {
      assertThat(a.nextPattern()).isEqualTo(b.nextPattern());
      assertThat(a.nextBroken()).isEqualTo(b.nextBroken());
    }
    assertThat(new PatternGenerator(1L).nextPattern())
        .isNotEqualTo(new PatternGenerator(2L).nextPattern());
  }

  @Test
  void generatedPatternsUseEveryOperatorOrAndDottedKeys() {
    PatternGenerator generator = new PatternGenerator(13L);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      all.append(generator.nextPattern().toJson()).append('\n');
    }
    assertThat(all.toString())
        .contains(
            "{\"prefix\":\"",
            "{\"prefix\":{\"equals-ignore-case\":",
            "{\"suffix\":\"",
            "{\"suffix\":{\"equals-ignore-case\":",
            "{\"equals-ignore-case\":",
            "{\"wildcard\":",
            "{\"exists\":true}",
            "{\"exists\":false}",
            "{\"numeric\":[\">",
            "\"<=\",",
            "{\"cidr\":",
            "{\"anything-but\":[",
            "{\"anything-but\":{\"prefix\":",
            "{\"anything-but\":{\"suffix\":",
            "{\"anything-but\":{\"equals-ignore-case\":",
            "{\"anything-but\":{\"wildcard\":",
            "\"$or\":[",
            "null",
            "true",
            "\\\"",
            "\\\\");
    assertThat(all.toString()).containsPattern("\"[a-zA-Z-]+\\.[a-zA-Z-]+\":");
  }

  @Test
  void theGeneratorKnowsEveryKindOfConditionTheModelPermits() {
    // the compiler makes the generator handle every operator (ConditionVisitor); this makes it
    // generate every one: its table of kinds must name each permitted condition class
    Set<Class<?>> permitted = new java.util.HashSet<>();
    List<Class<?>> pending = new ArrayList<>(List.of(Condition.class));
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(pending.size() - 1);
      if (type.isSealed()) {
        pending.addAll(List.of(type.getPermittedSubclasses()));
      } else {
        permitted.add(type);
      }
    }
    Set<Class<?>> generated = new java.util.HashSet<>();
    for (Condition kind : PatternGenerator.KINDS) {
      generated.add(kind.getClass());
    }
    assertThat(generated).isEqualTo(permitted).hasSize(16);
  }
}
