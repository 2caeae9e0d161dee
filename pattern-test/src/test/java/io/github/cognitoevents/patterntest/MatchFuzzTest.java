package io.github.cognitoevents.patterntest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fuzzes matching: fixed patterns (every operator, {@code $or}, arrays) against fuzzed events, and
 * fuzzed patterns against fuzzed events. Only {@link InvalidEventException} (bad event) and {@link
 * InvalidEventPatternException} (bad pattern) may escape; {@link TestEventPattern#test} never
 * throws; {@code explain} agrees with {@code matches}; text and bytes agree.
 *
 * <p>A normal build runs the committed seeds in {@code MatchFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes one target per JVM, the first in order: {@code -Dtest=MatchFuzzTest} fuzzes {@code
 * fuzzedPatternsAgainstFuzzedEvents}, which also runs the fixed patterns on every input; {@code
 * -Dtest=MatchFuzzTest#fixedPatternsAcceptOrRejectAnyEvent} fuzzes the fixed patterns alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchFuzzTest {

  private static final List<PatternMatcher> FIXED =
      List.of(
          PatternMatcher.compile(
              "{\"source\":[\"aws.cognito-idp\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                  + "\"detail\":{\"eventName\":[\"SignUp\",\"AdminCreateUser\"]}}"),
          PatternMatcher.compile(
              "{\"source\":[{\"prefix\":\"aws.\"}],\"detail\":{\"eventName\":[{\"anything-but\":"
                  + "[\"ListUsers\"]}],\"n\":[{\"numeric\":[\">=\",0,\"<\",300]}],"
                  + "\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/8\"}],"
                  + "\"userAgent\":[{\"wildcard\":\"aws-*/*\"}],"
                  + "\"$or\":[{\"readOnly\":[false]},{\"errorCode\":[{\"exists\":true}]}]}}"),
          PatternMatcher.compile(
              "{\"d\":{\"a\":[1,\"1\",null,true],\"b\":[{\"exists\":false}],"
                  + "\"c\":{\"e\":[{\"equals-ignore-case\":\"ÄbC\"},{\"suffix\":{\"equals-ignore-case\":\"x\"}}]},"
                  + "\"f.g\":[{\"anything-but\":{\"wildcard\":[\"*a*\",\"b\"]}},{\"prefix\":{\"equals-ignore-case\":\"é\"}}],"
                  + "\"ip\":[\"::1\",{\"cidr\":\"2001:db8::/32\"}]}}"));

  @Order(2)
  @FuzzTest(maxDuration = "60s")
  void fixedPatternsAcceptOrRejectAnyEvent(FuzzedDataProvider data) {
    String event = data.consumeRemainingAsString();
    for (PatternMatcher matcher : FIXED) {
      check(matcher, event);
    }
  }

  @Order(1)
  @FuzzTest(maxDuration = "60s")
  void fuzzedPatternsAgainstFuzzedEvents(FuzzedDataProvider data) {
    String input = data.consumeRemainingAsString();
    int newline = input.indexOf('\n');
    String pattern = newline < 0 ? input : input.substring(0, newline);
    String event = newline < 0 ? "" : input.substring(newline + 1);
    Verdict verdict = TestEventPattern.test(event, pattern);
    assertThat(verdict).isNotNull();
    // jazzer fuzzes one target per run: cover the fixed patterns here too
    for (PatternMatcher matcher : FIXED) {
      check(matcher, event);
    }
    PatternMatcher matcher;
    try {
      matcher = PatternMatcher.compile(pattern);
    } catch (InvalidEventPatternException e) {
      assertThat(verdict.errorCode()).isIn("InvalidEventPatternException", "ValidationException");
      return;
    }
    check(matcher, event);
    try {
      boolean matched = matcher.matches(event);
      assertThat(verdict.kind()).isEqualTo(matched ? Verdict.Kind.MATCH : Verdict.Kind.NO_MATCH);
    } catch (InvalidEventException e) {
      assertThat(verdict.errorCode()).isEqualTo("ValidationException");
    }
  }

  private static void check(PatternMatcher matcher, String event) {
    boolean fromText;
    try {
      fromText = matcher.matches(event);
    } catch (InvalidEventException e) {
      assertThat(e.getMessage()).startsWith("Parameter Event is not valid.");
      return;
    }
    assertThat(matcher.explain(event).matched()).isEqualTo(fromText);
    if (!hasLoneSurrogate(event) && !hasNonAsciiInUnicodeEscape(event)) {
      assertThat(matcher.matches(event.getBytes(StandardCharsets.UTF_8))).isEqualTo(fromText);
    }
  }

  /**
   * Jackson 2.22's text parser takes a non-ASCII character whose low byte is a hex digit as that
   * digit inside a unicode escape (U+0338 passes for 8); its byte parser rejects it. Text and bytes
   * then legitimately differ, so they are not compared.
   */
  private static boolean hasNonAsciiInUnicodeEscape(String s) {
    for (int i = s.indexOf("\\u"); i >= 0; i = s.indexOf("\\u", i + 1)) {
      for (int k = i + 2; k < Math.min(s.length(), i + 6); k++) {
        if (s.charAt(k) > 127) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
