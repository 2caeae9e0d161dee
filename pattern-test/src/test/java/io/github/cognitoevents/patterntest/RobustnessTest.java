package io.github.cognitoevents.patterntest;

import static io.github.cognitoevents.patterntest.MatchSemanticsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile inputs: only the documented exceptions, no stack overflow, no hang. */
@Timeout(30)
class RobustnessTest {

  private final PatternMatcher matcher =
      PatternMatcher.compile("{\"detail\":{\"a\":[{\"exists\":true}]}}");

  @Test
  void hundredThousandNestedArraysAreRejectedNotOverflowed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String json = event("\"detail\":{\"a\":" + deep + "}");
    // Jackson's default StreamReadConstraints allow 1000 levels; AWS parses events with Jackson
    // too, so deeper events are reported as invalid events.
    assertThatThrownBy(() -> matcher.matches(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> matcher.matches(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void deepNestingInASkippedSubtreeIsRejectedToo() {
    String deep = "{\"x\":".repeat(5_000) + "1" + "}".repeat(5_000);
    assertThatThrownBy(() -> matcher.matches(event("\"other\":" + deep)))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void nineHundredLevelsAreFine() {
    String deep = "[".repeat(900) + "1" + "]".repeat(900);
    assertThat(matcher.matches(event("\"detail\":{\"a\":" + deep + "}"))).isTrue();
  }

  @Test
  void quarterMegabyteEventsMatch() {
    StringBuilder big = new StringBuilder("\"detail\":{\"items\":[");
    for (int i = 0; i < 8_000; i++) {
      big.append(i == 0 ? "" : ",").append("{\"k\":\"value-").append(i).append("\"}");
    }
    big.append("],\"a\":\"x\"}");
    String json = event(big.toString());
    assertThat(json.length()).isGreaterThan(256 * 1024 / 2);
    String bigger = json.replace("value-", "value-padding-padding-padding-");
    assertThat(bigger.length()).isGreaterThan(256 * 1024);
    assertThat(matcher.matches(bigger)).isTrue();
    PatternMatcher last =
        PatternMatcher.compile(
            "{\"detail\":{\"items\":{\"k\":[\"value-padding-padding-padding-7999\"]}}}");
    assertThat(last.matches(bigger.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void hugeNumbersAreValuesNotErrors() {
    PatternMatcher numeric = PatternMatcher.compile("{\"n\":[{\"numeric\":[\">\",0]}]}");
    assertThat(numeric.matches(event("\"n\":1e400"))).isFalse();
    assertThat(numeric.matches(event("\"n\":1e-400"))).isFalse();
    assertThat(numeric.matches(event("\"n\":1" + "0".repeat(900)))).isFalse();
    assertThat(numeric.matches(event("\"n\":1e999999999"))).isFalse();
    assertThat(PatternMatcher.compile("{\"n\":[1e400]}").matches(event("\"n\":1e400"))).isTrue();
  }

  @Test
  void numbersLongerThanJacksonAllowsAreInvalidEvents() {
    assertThatThrownBy(() -> matcher.matches(event("\"n\":1" + "0".repeat(2000))))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void unusualUnicodeIsHandled() {
    PatternMatcher prefix = PatternMatcher.compile("{\"s\":[{\"prefix\":\"\\ud800\"}]}");
    assertThat(prefix.matches(event("\"s\":\"\\udfff\""))).isTrue(); // both encode as '?'
    assertThat(prefix.matches(event("\"s\":\"?x\""))).isTrue();
    assertThat(PatternMatcher.compile("{\"s\":[\"\\u0000\"]}").matches(event("\"s\":\"\\u0000\"")))
        .isTrue();
    assertThat(
            PatternMatcher.compile("{\"s\":[{\"equals-ignore-case\":\"ǅ\"}]}")
                .matches(event("\"s\":\"ǆ\"")))
        .isTrue();
  }

  @Test
  void adversarialWildcardsRunInLinearTime() {
    String text = "a".repeat(200_000);
    PatternMatcher w = PatternMatcher.compile("{\"s\":[{\"wildcard\":\"*a*a*a*b\"}]}");
    long start = System.nanoTime();
    assertThat(w.matches(event("\"s\":\"" + text + "\""))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void lateArrayConsistencyFailuresStayPolynomial() {
    // x.a, then x.b.k and x.d.k in inner arrays of the same element, then x.z in that element:
    // a naive search tries 150 * 150 * 150 combinations per element before failing.
    StringBuilder inner = new StringBuilder("[");
    for (int i = 0; i < 150; i++) {
      inner.append(i == 0 ? "" : ",").append("{\"k\":1}");
    }
    inner.append("]");
    StringBuilder b = new StringBuilder("\"x\":[");
    for (int i = 0; i < 150; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"a\":1,\"b\":")
          .append(inner)
          .append(",\"d\":")
          .append(inner)
          .append(",\"z\":")
          .append(i == 149 ? "\"Z\"" : "\"y\"")
          .append('}');
    }
    b.append("]");
    PatternMatcher m =
        PatternMatcher.compile(
            "{\"x\":{\"a\":[1],\"b\":{\"k\":[1]},\"d\":{\"k\":[1]},\"z\":[\"Z\"]}}");
    long start = System.nanoTime();
    assertThat(m.matches(event(b.toString()))).isTrue();
    assertThat(m.matches(event(b.toString().replace("\"Z\"", "\"y\"")))).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void manyArrayCombinationsDoNotExplode() {
    StringBuilder b = new StringBuilder("\"d\":[");
    for (int i = 0; i < 300; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"a\":1,\"b\":2,\"c\":")
          .append(i == 299 ? 4 : 3)
          .append(",\"x\":[{\"y\":1}]}");
    }
    b.append("]");
    PatternMatcher m =
        PatternMatcher.compile("{\"d\":{\"a\":[1],\"b\":[2],\"c\":[4],\"x\":{\"y\":[1]}}}");
    assertThat(m.matches(event(b.toString()))).isTrue();
  }
}
