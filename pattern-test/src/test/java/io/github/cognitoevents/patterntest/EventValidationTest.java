package io.github.cognitoevents.patterntest;

import static io.github.cognitoevents.patterntest.MatchSemanticsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event checks TestEventPattern applies, on every input type. */
class EventValidationTest {

  private final PatternMatcher matcher =
      PatternMatcher.compile("{\"source\":[\"aws.cognito-idp\"]}");

  @Test
  void acceptsAnEventWithoutResources() {
    assertThat(matcher.matches(event(""))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain string",
        "[]",
        "[{\"id\":\"1\"}]",
        "\"text\"",
        "42",
        "null",
        "",
        "{\"id\":\"1\"",
        "{\"id\":}",
        "{'id':'1'}"
      })
  void rejectsTextThatIsNotAJsonObjectWithAwsMessage(String text) {
    assertThatThrownBy(() -> matcher.matches(text))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("Parameter Event is not valid.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "account", "source", "time", "region", "detail-type"})
  void rejectsAnEventMissingARequiredFieldAndNamesIt(String field) {
    String json = event("").replace("\"" + field + "\":", "\"x-" + field + "\":");
    assertThatThrownBy(() -> matcher.matches(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessage("Parameter Event is not valid.\nmissing required field(s): " + field);
  }

  @Test
  void requiredFieldsMustBeTopLevel() {
    String json =
        "{\"detail\":{\"id\":\"1\",\"account\":\"1\",\"source\":\"s\",\"time\":\"t\","
            + "\"region\":\"r\",\"detail-type\":\"d\"}}";
    assertThatThrownBy(() -> matcher.matches(json)).isInstanceOf(InvalidEventException.class);
  }

  @Test
  void malformedJsonAfterTheMatchedFieldsIsStillRejected() {
    String json = event("\"detail\":{\"a\":[1,2}");
    assertThatThrownBy(() -> matcher.matches(json))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageStartingWith("Parameter Event is not valid.\nnot valid JSON: ");
  }

  @Test
  void theMessageNeverQuotesThePayload() {
    String json = "{\"secret\":\"hunter2\",";
    assertThatThrownBy(() -> matcher.matches(json))
        .isInstanceOf(InvalidEventException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("hunter2");
  }

  @Test
  void nullEventIsAnInvalidEventNotANullPointerException() {
    assertThatThrownBy(() -> matcher.matches((String) null))
        .isInstanceOf(InvalidEventException.class);
    assertThatThrownBy(() -> matcher.matches((byte[]) null))
        .isInstanceOf(InvalidEventException.class);
  }

  @Test
  void allInputTypesGiveTheSameVerdict() throws Exception {
    String json = event("\"detail\":{\"n\":300.0}");
    PatternMatcher m = PatternMatcher.compile("{\"detail\":{\"n\":[300]}}");
    assertThat(m.matches(json)).isTrue();
    assertThat(m.matches(json.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(m.matches(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(m.matches(new ObjectMapper().readTree(json))).isTrue();
  }

  @Test
  void testEventPatternReportsTheEventErrorAsValidationException() {
    Verdict v = TestEventPattern.test("plain string", "{\"source\":[\"x\"]}");
    assertThat(v.kind()).isEqualTo(Verdict.Kind.INVALID);
    assertThat(v.errorCode()).isEqualTo("ValidationException");
    assertThat(v.message()).isEqualTo("Parameter Event is not valid.");
  }

  @Test
  void testEventPatternChecksTheEventBeforeThePattern() {
    Verdict v = TestEventPattern.test("{\"testEvent\":\"value\"}", "{\"source\":\"x\"}");
    assertThat(v.errorCode()).isEqualTo("ValidationException");
  }

  @Test
  void testEventPatternReportsThePatternErrorWithAwsMessage() {
    Verdict v = TestEventPattern.test(event(""), "{\"int\":42}");
    assertThat(v.errorCode()).isEqualTo("InvalidEventPatternException");
    assertThat(v.firstMessageLine())
        .isEqualTo("Event pattern is not valid. Reason: \"int\" must be an object or an array");
  }

  @Test
  void testEventPatternNeverThrowsForNulls() {
    assertThat(TestEventPattern.test(null, null).isInvalid()).isTrue();
    assertThat(TestEventPattern.test(event(""), null).errorCode())
        .isEqualTo("InvalidEventPatternException");
  }
}
