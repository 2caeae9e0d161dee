package io.github.cognitoevents.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.PatternLimits;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.testsupport.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.event.ruler.Machine;

class PatternDirectedEventsTest {

  static {
    // event-ruler 2.1.0 trips one of its own internal asserts on some valid patterns under -ea (as
    // surefire runs); its release build runs without assertions. See EventRuler in the parent
    // package; this must run before any event-ruler class loads.
    PatternDirectedEventsTest.class
        .getClassLoader()
        .setPackageAssertionStatus("software.amazon.event.ruler", false);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MATCHING_PER_PATTERN = 20;

  /**
   * Generated patterns (PatternGenerator seed 20261123, pattern i uses seed 1000 + i) where
   * event-ruler 2.1.0 alone gives another verdict than the one constructed from the documented
   * semantics, which our matcher gives: it misses matching events of two patterns with nested or
   * repeated {@code $or} (one has two {@code $or} keys in one object). Not minimised to a cause
   * yet; reported to the lead. Whether event-ruler misses them varies between runs in one JVM
   * (seen: both, or only 1811), so any subset is accepted; any other disagreement fails.
   */
  private static final List<String> KNOWN_RULER_ONLY =
      List.of("pattern with seed 1811", "pattern with seed 1965");

  /** Counts over a run, and every verdict that differs from the expected one. */
  private static final class Tally {
    int patterns;
    int matching;
    int nearMisses;
    int skipped;
    int rulerRejected;
    int emptyKeyPatterns;
    final List<String> failures = new ArrayList<>();
    final java.util.Set<String> rulerOnly = new java.util.TreeSet<>();

    String summary() {
      return patterns
          + " patterns, "
          + matching
          + " matching events, "
          + nearMisses
          + " near-misses, "
          + skipped
          + " skipped, "
          + rulerRejected
          + " patterns event-ruler would not load, "
          + emptyKeyPatterns
          + " patterns with an empty key segment not compared with event-ruler, "
          + failures.size()
          + " failures";
    }
  }

  private static void check(EventPattern pattern, long seed, int matching, Tally tally)
      throws Exception {
    PatternDirectedEvents events = PatternDirectedEvents.of(pattern, seed);
    List<GeneratedCase> cases = events.cases(matching);
    PatternMatcher ours = PatternMatcher.compile(pattern);
    Machine ruler = Machine.builder().build();
    boolean rulerLoaded;
    try {
      ruler.addRule("r", pattern.toJson());
      rulerLoaded = true;
    } catch (Exception | Error e) {
      rulerLoaded = false;
      tally.rulerRejected++;
    }
    tally.patterns++;
    if (rulerLoaded && hasEmptySegment(pattern.root(), null)) {
      // Divergence (reported to the lead): event-ruler 2.1.0 never matches a pattern path with an
      // empty segment against the nested event form ({"a":{"":["x"]}} vs {"a":{"":"x"}} and
      // {"":{"b":["x"]}} vs itself give no match), whereas our matcher treats "" as an ordinary
      // field name. The AWS verdict is not recorded; these patterns are checked with ours only.
      rulerLoaded = false;
      tally.emptyKeyPatterns++;
    }
    tally.skipped += events.skipped().size();
    for (GeneratedCase c : cases) {
      if (c.shouldMatch()) {
        tally.matching++;
      } else {
        tally.nearMisses++;
      }
      boolean local = ours.matches(c.json());
      if (local != c.shouldMatch()) {
        tally.failures.add(
            "ours "
                + local
                + " for "
                + pattern
                + " "
                + c
                + "\n  "
                + c.json()
                + "\n  "
                + ours.explain(c.json()).failedChecks());
      }
      if (rulerLoaded) {
        boolean theirs = !ruler.rulesForJSONEvent(c.json()).isEmpty();
        if (theirs != c.shouldMatch() && local == c.shouldMatch()) {
          tally.rulerOnly.add("pattern with seed " + seed);
        } else if (theirs != c.shouldMatch()) {
          tally.failures.add(
              "ruler " + theirs + " ours " + local + " for " + pattern + " " + c + "\n  "
                  + c.json());
        }
      }
    }
  }

  private static boolean hasEmptySegment(ObjectPattern object, String prefix) {
    for (Member member : object.members()) {
      if (member instanceof Field field) {
        String path = prefix == null ? field.name() : prefix + "." + field.name();
        if (List.of(path.split("\\.", -1)).contains("")) {
          return true;
        }
        if (field.value() instanceof ObjectPattern nested && hasEmptySegment(nested, path)) {
          return true;
        }
      } else if (member instanceof Or or) {
        for (ObjectPattern branch : or.branches()) {
          if (hasEmptySegment(branch, prefix)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void everyGeneratedCaseOfEveryValidCorpusPatternGetsItsVerdictFromUsAndEventRuler()
      throws Exception {
    List<String> lines = Files.readAllLines(SharedData.conformanceCorpus(), StandardCharsets.UTF_8);
    Tally tally = new Tally();
    int invalid = 0;
    long seed = 7;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = MAPPER.readTree(line);
      String expected = c.get("expected").asText();
      if (!expected.equals("match") && !expected.equals("no-match")) {
        continue;
      }
      EventPattern pattern;
      try {
        pattern = EventPattern.parse(c.get("pattern").asText(), PatternLimits.testEventPattern());
      } catch (InvalidEventPatternException e) {
        invalid++;
        continue;
      }
      check(pattern, seed++, MATCHING_PER_PATTERN, tally);
    }
    String summary = tally.summary() + " (" + invalid + " corpus patterns invalid)";
    System.out.println("[PatternDirectedEvents] corpus: " + summary);
    assertThat(tally.failures).as(summary + "\n" + String.join("\n", tally.failures)).isEmpty();
    assertThat(tally.patterns).as(summary).isGreaterThan(100);
    assertThat(tally.rulerOnly).as(summary).isEmpty();
    assertThat(tally.nearMisses).as(summary).isGreaterThan(tally.patterns);
  }

  @Test
  void everyGeneratedCaseOfTwoThousandGeneratedPatternsGetsItsVerdictFromUsAndEventRuler()
      throws Exception {
    PatternGenerator patterns = PatternGenerator.seeded(20261123L);
    Tally tally = new Tally();
    for (int i = 0; i < 2_000; i++) {
      check(patterns.nextPattern(), 1_000 + i, 5, tally);
    }
    String summary = tally.summary();
    System.out.println("[PatternDirectedEvents] generated: " + summary);
    assertThat(tally.failures)
        .as(
            summary
                + "\n"
                + String.join("\n", tally.failures.subList(0, Math.min(40, tally.failures.size()))))
        .isEmpty();
    assertThat(tally.nearMisses).as(summary).isGreaterThan(2_000);
    assertThat(tally.rulerOnly).as(summary).isSubsetOf(KNOWN_RULER_ONLY);
  }

  @Test
  void theSameSeedGivesTheSameCasesAndAnotherSeedOtherEvents() {
    EventPattern pattern =
        EventPattern.parse(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[{\"prefix\":\"Admin\"}],"
                + "\"errorCode\":[{\"exists\":false}],\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/8\"}]}}");
    List<GeneratedCase> first = PatternDirectedEvents.of(pattern, 99).cases(30);
    List<GeneratedCase> again = PatternDirectedEvents.of(pattern, 99).cases(30);
    List<GeneratedCase> other = PatternDirectedEvents.of(pattern, 100).cases(30);
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first).filteredOn(c -> !c.shouldMatch()).hasSize(4);
    assertThat(first).filteredOn(GeneratedCase::shouldMatch).hasSize(30);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"detail\":{\"eventName\":[\"SignUp\",\"ConfirmSignUp\"]}}",
        "{\"detail\":{\"n\":[300,5],\"t\":[true],\"z\":[null]}}",
        "{\"detail\":{\"eventName\":[{\"prefix\":\"Admin\"}]}}",
        "{\"detail\":{\"eventName\":[{\"prefix\":{\"equals-ignore-case\":\"admin\"}}]}}",
        "{\"detail\":{\"eventName\":[{\"suffix\":\"User\"}]}}",
        "{\"detail\":{\"eventName\":[{\"suffix\":{\"equals-ignore-case\":\"USER\"}}]}}",
        "{\"detail\":{\"eventName\":[{\"equals-ignore-case\":\"signup\"}]}}",
        "{\"detail\":{\"arn\":[{\"wildcard\":\"arn:aws:cognito-idp:*:userpool/*\"}]}}",
        "{\"detail\":{\"k\":[{\"wildcard\":\"a\\\\*b*c\\\\\\\\d\"}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":\"SignUp\"}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":[\"SignUp\",\"InitiateAuth\"]}]}}",
        "{\"detail\":{\"n\":[{\"anything-but\":[100,200]}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":{\"prefix\":\"Admin\"}}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":{\"suffix\":[\"User\",\"Pool\"]}}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":{\"equals-ignore-case\":[\"signup\"]}}]}}",
        "{\"detail\":{\"eventName\":[{\"anything-but\":{\"wildcard\":\"Admin*\"}}]}}",
        "{\"detail\":{\"n\":[{\"numeric\":[\">\",0,\"<=\",5]}],\"m\":[{\"numeric\":[\"=\",3.5]}]}}",
        "{\"detail\":{\"n\":[{\"numeric\":[\"<\",-10]}],\"m\":[{\"numeric\":[\">=\",1e10]}]}}",
        "{\"detail\":{\"errorCode\":[{\"exists\":true}],\"errorMessage\":[{\"exists\":false}]}}",
        "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/24\"}]}}",
        "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"2001:db8:1234:1a00::/64\"}]}}",
        "{\"detail\":{\"$or\":[{\"eventName\":[\"SignUp\"]},{\"errorCode\":[{\"exists\":true}]}],"
            + "\"eventSource\":[\"cognito-idp.amazonaws.com\"]}}",
        "{\"detail\":{\"requestParameters.userPoolId\":[{\"prefix\":\"us-east-1_\"}],"
            + "\"requestParameters\":{\"clientId\":[{\"exists\":true}]}}}",
        "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[{\"prefix\":\"AWS API\"}],"
            + "\"region\":[{\"anything-but\":\"us-west-2\"}],\"account\":[{\"wildcard\":\"1234*\"}]}"
      })
  void generatesMatchesAndNearMissesForEachOperator(String json) throws Exception {
    EventPattern pattern = EventPattern.parse(json);
    Tally tally = new Tally();
    check(pattern, 42, 40, tally);
    assertThat(tally.failures).as(String.join("\n", tally.failures)).isEmpty();
    assertThat(tally.matching).as(tally.summary()).isEqualTo(40);
    assertThat(tally.nearMisses).as(tally.summary()).isPositive();
    assertThat(tally.rulerRejected).as(tally.summary()).isZero();
  }

  @Test
  void describesTheBrokenPathAndConditionOfANearMiss() {
    EventPattern pattern =
        EventPattern.parse("{\"detail\":{\"eventName\":[{\"prefix\":\"Admin\"}]}}");
    List<GeneratedCase> misses = PatternDirectedEvents.of(pattern, 1).nearMisses();
    assertThat(misses)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.shouldMatch()).isFalse();
              assertThat(c.description())
                  .startsWith("detail.eventName [{\"prefix\":\"Admin\"}] broken by");
            });
  }

  @Test
  void skipsAndCountsAConditionThatCannotBeBroken() {
    EventPattern pattern =
        EventPattern.parse("{\"detail\":{\"x\":[{\"exists\":true},{\"exists\":false}]}}");
    PatternDirectedEvents events = PatternDirectedEvents.of(pattern, 1);
    assertThat(events.nearMisses()).isEmpty();
    assertThat(events.skipped())
        .singleElement()
        .asString()
        .contains("detail.x", "cannot be broken");
  }

  @Test
  void skipsNearMissesInsideOrAndSaysSo() {
    EventPattern pattern =
        EventPattern.parse("{\"$or\":[{\"a\":[\"1\"]},{\"b\":[\"2\"]}],\"c\":[\"3\"]}");
    PatternDirectedEvents events = PatternDirectedEvents.of(pattern, 1);
    assertThat(events.nearMisses())
        .singleElement()
        .extracting(GeneratedCase::description)
        .asString()
        .startsWith("c ");
    assertThat(events.skipped()).hasSize(2).allMatch(s -> s.contains("inside $or"));
  }

  @Test
  void rejectsANegativeCountAndANullPattern() {
    EventPattern pattern = EventPattern.parse("{\"a\":[\"1\"]}");
    assertThatThrownBy(() -> PatternDirectedEvents.of(pattern, 1).matching(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative: -1");
    assertThatThrownBy(() -> PatternDirectedEvents.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pattern");
  }
}
