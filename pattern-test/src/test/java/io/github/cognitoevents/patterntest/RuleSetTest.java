package io.github.cognitoevents.patterntest;

import static io.github.cognitoevents.patterntest.MatchSemanticsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.RuleState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The rule-set API: results in rule order, inputs, states, explanations, serialization. */
class RuleSetTest {

  private static final String UPDATE =
      event(
          "\"detail\":{\"eventSource\":\"cognito-idp.amazonaws.com\","
              + "\"eventName\":\"UpdateUserPoolClient\",\"requestParameters\":"
              + "{\"userPoolId\":\"us-east-1_EXAMPLE1\"}}");

  private static EventPattern p(String json) {
    return EventPattern.parse(json);
  }

  private static final EventPattern CLIENT_CHANGES =
      p("{\"detail\":{\"eventName\":[\"UpdateUserPoolClient\",\"DeleteUserPoolClient\"]}}");
  private static final EventPattern SIGN_UPS = p("{\"detail\":{\"eventName\":[\"SignUp\"]}}");
  private static final EventPattern POOL =
      p("{\"detail\":{\"requestParameters\":{\"userPoolId\":[{\"prefix\":\"us-east-1_\"}]}}}");
  private static final EventPattern NO_ERROR =
      p("{\"detail\":{\"errorCode\":[{\"exists\":false}]}}");

  private final RuleSet rules =
      RuleSet.builder()
          .add("Pool", POOL)
          .add("ClientChanges", CLIENT_CHANGES)
          .add("SignUps", SIGN_UPS)
          .add("NoError", NO_ERROR)
          .build();

  @Test
  void readsAnEventHeldInPartOfAnArray() {
    byte[] event = UPDATE.getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[event.length + 20];
    java.util.Arrays.fill(buffer, (byte) '#');
    System.arraycopy(event, 0, buffer, 7, event.length);
    assertThat(rules.matchingRules(buffer, 7, event.length))
        .extracting(Rule::name)
        .containsExactly("Pool", "ClientChanges", "NoError");
    byte[] bom = ("\uFEFF" + UPDATE).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bom, 0, buffer = new byte[bom.length + 5], 5, bom.length);
    assertThat(rules.matchingRules(buffer, 5, bom.length)).hasSize(3);
    byte[] utf16 = UPDATE.getBytes(StandardCharsets.UTF_16BE);
    System.arraycopy(utf16, 0, buffer = new byte[utf16.length + 3], 3, utf16.length);
    assertThat(rules.matchingRules(buffer, 3, utf16.length)).hasSize(3);
    assertThatThrownBy(() -> rules.matchingRules(event, 0, event.length - 1))
        .isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> rules.matchingRules(event, 1, event.length))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> rules.matchingRules(event, -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void listsTheRulesThatFireInRuleOrder() {
    assertThat(rules.matching(UPDATE)).containsExactly("Pool", "ClientChanges", "NoError");
    assertThat(rules.matchingRules(UPDATE.getBytes(StandardCharsets.UTF_8)))
        .extracting(Rule::name)
        .containsExactly("Pool", "ClientChanges", "NoError");
    String signUp = event("\"detail\":{\"eventName\":\"SignUp\",\"errorCode\":\"X\"}");
    assertThat(rules.matching(signUp)).containsExactly("SignUps");
    assertThat(rules.matching(event("\"detail\":{\"errorCode\":\"X\"}"))).isEmpty();
  }

  @Test
  void everyInputTypeGivesTheSameAnswer() throws IOException {
    byte[] bytes = UPDATE.getBytes(StandardCharsets.UTF_8);
    List<String> expected = rules.matching(UPDATE);
    assertThat(rules.matching(bytes)).isEqualTo(expected);
    assertThat(rules.matching(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(rules.matching(new ObjectMapper().readTree(UPDATE))).isEqualTo(expected);
    assertThat(rules.explain(bytes).fired()).isEqualTo(expected);
    assertThat(rules.explain(new ByteArrayInputStream(bytes)).fired()).isEqualTo(expected);
    assertThat(rules.explain(new ObjectMapper().readTree(UPDATE)).fired()).isEqualTo(expected);
  }

  @Test
  void eachRuleFiresExactlyWhenItsPatternMatchesAlone() {
    List<String> events =
        List.of(
            UPDATE,
            event("\"detail\":{\"eventName\":\"SignUp\"}"),
            event(
                "\"detail\":{\"eventName\":[\"SignUp\",\"DeleteUserPoolClient\"],\"errorCode\":1}"),
            event("\"detail\":{\"requestParameters\":{\"userPoolId\":\"eu-west-1_X\"}}"));
    for (String e : events) {
      List<String> expected = new ArrayList<>();
      for (Rule rule : rules.rules()) {
        if (PatternMatcher.compile(rule.pattern()).matches(e)) {
          expected.add(rule.name());
        }
      }
      assertThat(rules.matching(e)).as(e).isEqualTo(expected);
    }
  }

  @Test
  void disabledRulesNeverFireButAreExplained() {
    RuleSet withDisabled =
        RuleSet.of(
            List.of(
                Rule.of("ClientChanges", CLIENT_CHANGES).withState(RuleState.DISABLED),
                Rule.of("Pool", POOL)
                    .withState(RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS)));
    assertThat(withDisabled.matching(UPDATE)).containsExactly("Pool");
    RuleSetExplanation why = withDisabled.explain(UPDATE);
    assertThat(why.fired()).containsExactly("Pool");
    assertThat(why.outcome("ClientChanges").orElseThrow().disabled()).isTrue();
    assertThat(why.outcome("ClientChanges").orElseThrow().explanation().matched()).isTrue();
    assertThat(why.toString())
        .isEqualTo("ClientChanges: disabled (its pattern matches)\nPool: fires");
  }

  @Test
  void explainsTheFailedConditionsOfTheRulesThatDoNotFire() {
    RuleSetExplanation why = rules.explain(UPDATE);
    assertThat(why.notFired())
        .extracting(RuleSetExplanation.Outcome::name)
        .containsExactly("SignUps");
    assertThat(why.outcome("SignUps").orElseThrow().failedChecks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("detail.eventName");
              assertThat(c.pattern()).isEqualTo("[\"SignUp\"]");
              assertThat(c.eventValues()).containsExactly("\"UpdateUserPoolClient\"");
            });
    assertThat(why.toString())
        .isEqualTo(
            String.join(
                "\n",
                "Pool: fires",
                "ClientChanges: fires",
                "SignUps: does not fire",
                "    FAIL detail.eventName [\"SignUp\"] <- \"UpdateUserPoolClient\"",
                "NoError: fires"));
    assertThat(why.outcome("Missing")).isEmpty();
  }

  @Test
  void rejectsDuplicateNamesAndInvalidEvents() {
    assertThatThrownBy(() -> RuleSet.builder().add("A", POOL).add("A", SIGN_UPS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rules are named A");
    assertThatThrownBy(() -> rules.matching("{\"id\":1}"))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("missing required field(s): account");
    assertThatThrownBy(() -> rules.matching((byte[]) null))
        .isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> rules.matching("[1,2")).isInstanceOf(InvalidEventException.class);
  }

  @Test
  void anEmptySetValidatesEventsAndFiresNothing() {
    RuleSet empty = RuleSet.builder().build();
    assertThat(empty.matching(UPDATE)).isEmpty();
    assertThat(empty.explain(UPDATE).outcomes()).isEmpty();
    assertThatThrownBy(() -> empty.matching("{}")).isInstanceOf(InvalidEventException.class);
    assertThat(empty.size()).isZero();
    assertThat(empty).hasToString("RuleSet[0 rules]");
  }

  @Test
  void serializesAsNamesPatternsStatesAndSourcesAndCompilesAgain() throws Exception {
    RuleSet original =
        RuleSet.of(
            List.of(
                Rule.of("ClientChanges", CLIENT_CHANGES)
                    .withEventBusName("audit")
                    .withSource(new RuleSource("listener.yaml", "ClientChangesRule")),
                Rule.of("Off", SIGN_UPS).withState(RuleState.DISABLED),
                Rule.of("NoError", NO_ERROR)));
    RuleSet copy = roundTrip(original);
    assertThat(copy.rules()).isEqualTo(original.rules());
    assertThat(copy.matching(UPDATE)).containsExactly("ClientChanges", "NoError");
    PatternMatcher matcher = roundTrip(PatternMatcher.compile(POOL));
    assertThat(matcher.pattern()).isEqualTo(POOL);
    assertThat(matcher.matches(UPDATE)).isTrue();
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      events.add(
          event(
              "\"detail\":{\"eventName\":\""
                  + (i % 3 == 0 ? "SignUp" : "UpdateUserPoolClient")
                  + "\",\"x\":["
                  + "{\"a\":1},".repeat(i)
                  + "{\"a\":2}]}"));
    }
    List<List<String>> expected = new ArrayList<>();
    for (String e : events) {
      expected.add(rules.matching(e));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 200; round++) {
                    for (int i = 0; i < events.size(); i++) {
                      if (!rules.matching(events.get(i)).equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rulesDescribeThemselves() {
    Rule rule = Rule.of("A", SIGN_UPS).withSource(new RuleSource("t.yaml", "RuleA")).withName("B");
    assertThat(rule.name()).isEqualTo("B");
    assertThat(rule.eventBusName()).isEqualTo(Rule.DEFAULT_EVENT_BUS);
    assertThat(rule.state()).isEqualTo(RuleState.ENABLED);
    assertThat(rule.source()).contains(new RuleSource("t.yaml", "RuleA"));
    assertThat(rule)
        .hasToString("Rule[B, ENABLED, bus default, t.yaml#RuleA] " + SIGN_UPS.toJson());
    assertThat(rules.rule("SignUps").pattern()).isEqualTo(SIGN_UPS);
    assertThat(rules.rule("nope")).isNull();
    assertThat(rules).hasToString("RuleSet[4 rules: Pool, ClientChanges, SignUps, NoError]");
    assertThatThrownBy(() -> Rule.of("", SIGN_UPS)).isInstanceOf(IllegalArgumentException.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void manyConditionsOfEachOperatorOnOnePathAgreeWithEachRuleAlone() {
    // hundreds of prefixes, IP ranges and anything-but values on one path go through the rule
    // set's indexes (a trie, a sorted range list, an inverted exclusion map), not one by one
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    String[] words = {"", "a", "ab", "abc", "b", "ba", "Ab", "\u00e9", "10.0.0.1", "::1"};
    RuleSet.Builder builder = RuleSet.builder();
    List<PatternMatcher> alone = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String condition;
      switch (i % 5) {
        case 0:
          condition = "{\"prefix\":\"" + words[random.nextInt(words.length)] + "\"}";
          break;
        case 1:
          condition =
              random.nextBoolean()
                  ? "{\"cidr\":\"10."
                      + random.nextInt(3)
                      + ".0.0/"
                      + (8 + random.nextInt(24))
                      + "\"}"
                  : "{\"cidr\":\"::" + random.nextInt(3) + "/" + (96 + random.nextInt(32)) + "\"}";
          break;
        case 2:
          condition =
              "{\"anything-but\":[\""
                  + words[random.nextInt(words.length)]
                  + "\",\""
                  + words[random.nextInt(words.length)]
                  + "\"]}";
          break;
        case 3:
          condition = "\"" + words[random.nextInt(words.length)] + "\"";
          break;
        default:
          condition = "{\"anything-but\":\"" + words[random.nextInt(words.length)] + "\"}";
      }
      EventPattern pattern = p("{\"detail\":{\"x\":[" + condition + "]}}");
      builder.add("r" + i, pattern);
      alone.add(PatternMatcher.compile(pattern));
    }
    RuleSet rules = builder.build();
    String[] values = {
      "\"\"",
      "\"a\"",
      "\"abc\"",
      "\"abcd\"",
      "\"b\"",
      "\"Ab\"",
      "\"\u00e9t\u00e9\"",
      "\"10.0.0.1\"",
      "\"10.1.2.3\"",
      "\"10.2.255.255\"",
      "\"::1\"",
      "\"::2\"",
      "\"0:0::1\"",
      "1",
      "null",
      "true",
      "[\"a\",\"b\"]"
    };
    for (String value : values) {
      String e = event("\"detail\":{\"x\":" + value + "}");
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < alone.size(); i++) {
        if (alone.get(i).matches(e)) {
          expected.add("r" + i);
        }
      }
      assertThat(rules.matching(e)).as(value).isEqualTo(expected);
    }
  }
}
