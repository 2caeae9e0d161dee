package io.github.cognitoevents.testkit.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.patterntest.PatternMatcher;
import io.github.cognitoevents.patterntest.RuleSet;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import io.github.cognitoevents.testkit.generate.PatternGenerator;
import io.github.cognitoevents.testsupport.EventDrivenPatterns;
import io.github.cognitoevents.testsupport.EventRuler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * Differential test of {@link RuleSet}: generated rule sets of 1 to 1,000 rules, drawn from a pool
 * of patterns over every operator ({@code $or}, nested objects, dotted keys; most derived from the
 * events' own values so that rules fire), against seeded realistic Cognito events with quirks
 * (arrays of objects, nested and empty arrays, duplicate and dotted keys, number spellings).
 *
 * <ul>
 *   <li>For every (rule set, event) pair, {@code RuleSet.matching} must equal the rules whose
 *       pattern, compiled alone with {@link PatternMatcher}, matches the event, in rule order.
 *   <li>On every fourth rule set (event-ruler's machines are slow to build and run at these sizes)
 *       it must also equal the set event-ruler 2.1.0's {@code Machine} returns for the same rules.
 *       Documented divergence: rules sharing one event-ruler machine can interfere (a verdict that
 *       differs from the same rule alone in a machine); TestEventPattern tests one pattern, so
 *       there the single-rule machine is the reference, and such cases are counted, not failed.
 * </ul>
 *
 * <p>Patterns both engines reject are not in the pool; patterns only we reject (EventBridge's
 * wildcard-complexity and length limits, which event-ruler's compiler does not apply) are counted.
 */
class RuleSetDifferentialTest {

  private static final long SEED = Long.getLong("ruleset.seed", 20261205L);
  private static final int PAIRS = Integer.getInteger("ruleset.pairs", 100_000);
  private static final int POOL = 1_000;
  private static final int EVENTS = 250;
  private static final int EVENTS_PER_SET = 200;
  private static final int RULER_EVERY = 4;

  @Test
  void agreesWithSingleMatchersAndEventRulerOnGeneratedRuleSets() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    EventGenerator generator = EventGenerator.seeded(SEED).withQuirks(true);
    List<String> events = generator.nextJson(EVENTS);
    List<byte[]> eventBytes = new ArrayList<>();
    for (String e : events) {
      eventBytes.add(e.getBytes(StandardCharsets.UTF_8));
    }

    // the pool: patterns derived from the events (they fire) and the pattern generator's (breadth)
    EventDrivenPatterns derived = new EventDrivenPatterns(SEED);
    PatternGenerator generated = PatternGenerator.seeded(SEED);
    List<String> pool = new ArrayList<>();
    List<PatternMatcher> matchers = new ArrayList<>();
    int onlyWeReject = 0;
    int rulerAsserts = 0;
    Set<String> seen = new HashSet<>();
    while (pool.size() < POOL) {
      String json =
          random.nextInt(10) < 7
              ? derived.pattern(EventDrivenPatterns.leaves(events.get(random.nextInt(EVENTS))))
              : generated.nextValidJson();
      if (!seen.add(json) || JsonRuleCompiler.check(json) != null) {
        continue;
      }
      PatternMatcher matcher;
      try {
        matcher = PatternMatcher.compile(EventPattern.parse(json));
      } catch (InvalidEventPatternException e) {
        onlyWeReject++;
        continue;
      }
      try {
        EventRuler.machine(json);
      } catch (AssertionError e) {
        rulerAsserts++; // see EventRuler: only when ruler classes were loaded with -ea
        continue;
      }
      pool.add(json);
      matchers.add(matcher);
    }

    // each pattern alone, on each event: the reference
    BitSet[] alone = new BitSet[EVENTS];
    for (int e = 0; e < EVENTS; e++) {
      alone[e] = new BitSet(POOL);
      for (int p = 0; p < POOL; p++) {
        if (matchers.get(p).matches(eventBytes.get(e))) {
          alone[e].set(p);
        }
      }
    }

    int pairs = 0;
    int rulerPairs = 0;
    int fired = 0;
    int sets = 0;
    int largest = 0;
    int sharedMachineArtifacts = 0;
    Map<Long, Boolean> rulerAlone = new HashMap<>();
    List<String> disagreements = new ArrayList<>();
    while (pairs < PAIRS) {
      // sizes from 1 to 1,000, log-uniform, the extremes included
      int size =
          sets == 0
              ? POOL
              : sets == 1 ? 1 : (int) Math.round(Math.exp(random.nextDouble() * Math.log(POOL)));
      int[] members = random.ints(0, POOL).distinct().limit(size).toArray();
      sets++;
      largest = Math.max(largest, size);
      // event-ruler's machines are slow to build and to run at this size: every fourth set
      // (the 1,000-rule one included) is also compared with event-ruler
      boolean withRuler = sets % RULER_EVERY == 1;
      RuleSet.Builder builder = RuleSet.builder();
      Machine machine = withRuler ? EventRuler.machine() : null;
      for (int p : members) {
        builder.add("p" + p, EventPattern.parse(pool.get(p)));
        if (withRuler) {
          machine.addRule("p" + p, pool.get(p));
        }
      }
      RuleSet rules = builder.build();
      for (int k = 0; k < EVENTS_PER_SET && pairs < PAIRS; k++, pairs++) {
        int e = random.nextInt(EVENTS);
        List<String> expected = new ArrayList<>();
        for (int p : members) {
          if (alone[e].get(p)) {
            expected.add("p" + p);
          }
        }
        List<String> actual = rules.matching(eventBytes.get(e));
        fired += actual.size();
        if (!actual.equals(expected)) {
          disagreements.add(
              "rule set of "
                  + size
                  + " vs each rule alone: expected "
                  + expected
                  + " got "
                  + actual
                  + "\n  event "
                  + events.get(e));
          continue;
        }
        if (k % 50 == 0) {
          assertThat(rules.explain(events.get(e)).fired()).isEqualTo(actual);
        }
        if (!withRuler) {
          continue;
        }
        rulerPairs++;
        Set<String> ruler = new HashSet<>(machine.rulesForJSONEvent(events.get(e)));
        if (!ruler.equals(new HashSet<>(actual))) {
          Set<String> differing = new HashSet<>(ruler);
          differing.addAll(actual);
          Set<String> both = new HashSet<>(ruler);
          both.retainAll(actual);
          differing.removeAll(both);
          for (String name : differing) {
            int p = Integer.parseInt(name.substring(1));
            long key = (long) p * EVENTS + e;
            boolean single =
                rulerAlone.computeIfAbsent(key, x -> rulerMatches(pool.get(p), events.get(e)));
            if (single == actual.contains(name)) {
              sharedMachineArtifacts++;
            } else {
              disagreements.add(
                  "event-ruler: "
                      + name
                      + " "
                      + (single ? "matches" : "does not match")
                      + " alone, ours says the opposite\n  pattern "
                      + pool.get(p)
                      + "\n  event "
                      + events.get(e));
            }
          }
        }
      }
    }
    String summary =
        String.format(
            "%d (rule set, event) pairs over %d rule sets of 1 to %d rules (%d pairs also"
                + " against event-ruler), %d rules fired; %d disagreements; pool patterns only we"
                + " reject (AWS limits): %d, skipped for an event-ruler assertion: %d;"
                + " shared-machine verdicts corrected by a single-rule machine: %d",
            pairs,
            sets,
            largest,
            rulerPairs,
            fired,
            disagreements.size(),
            onlyWeReject,
            rulerAsserts,
            sharedMachineArtifacts);
    System.out.println(summary);
    assertThat(disagreements)
        .as(
            summary
                + "\nfirst:\n"
                + String.join("\n", disagreements.subList(0, Math.min(5, disagreements.size()))))
        .isEmpty();
    assertThat(largest).isEqualTo(POOL);
    assertThat(rulerPairs).as(summary).isGreaterThan(PAIRS / RULER_EVERY - EVENTS_PER_SET);
    assertThat(fired).as(summary).isGreaterThan(pairs);
  }

  private static boolean rulerMatches(String pattern, String event) {
    try {
      return EventRuler.matches(pattern, event);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
