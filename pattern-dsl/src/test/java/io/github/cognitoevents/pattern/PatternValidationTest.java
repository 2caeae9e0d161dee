package io.github.cognitoevents.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.event.ruler.JsonRuleCompiler;

/**
 * The catalogue of EventBridge pattern errors: each invalid pattern is rejected with the exact
 * reason, and event-ruler's {@code JsonRuleCompiler.check} (the code AWS runs) gives the same first
 * line.
 */
class PatternValidationTest {

  static Stream<Arguments> invalidPatterns() {
    return Stream.of(
        Arguments.of("[\"a\"]", "Filter is not an object"),
        Arguments.of("\"x\"", "Filter is not an object"),
        Arguments.of("{\"a\":1}", "\"a\" must be an object or an array"),
        Arguments.of("{\"a\":null}", "\"a\" must be an object or an array"),
        Arguments.of("{}", "Empty objects are not allowed"),
        Arguments.of("{\"a\":{}}", "Empty objects are not allowed"),
        Arguments.of("{\"a\":[]}", "Empty arrays are not allowed"),
        Arguments.of(
            "{\"a\":[[\"x\"]]}", "Match value must be String, number, true, false, or null"),
        Arguments.of("{\"a\":[{}]}", "Match expression name not found"),
        Arguments.of("{\"a\":[{\"regex\":\"x\"}]}", "Unrecognized match type regex"),
        Arguments.of("{\"a\":[{\"Prefix\":\"x\"}]}", "Unrecognized match type Prefix"),
        Arguments.of("{\"a\":[{\"$or\":\"x\"}]}", "Unrecognized match type $or"),
        Arguments.of(
            "{\"a\":[{\"prefix\":\"x\",\"suffix\":\"y\"}]}",
            "Only one key allowed in match expression"),
        Arguments.of("{\"a\":[{\"prefix\":1}]}", "prefix match pattern must be a string"),
        Arguments.of("{\"a\":[{\"prefix\":{}}]}", "Prefix expression name not found"),
        Arguments.of(
            "{\"a\":[{\"prefix\":{\"wildcard\":\"x\"}}]}", "Unsupported prefix pattern: wildcard"),
        Arguments.of(
            "{\"a\":[{\"prefix\":{\"equals-ignore-case\":1}}]}",
            "equals-ignore-case match pattern must be a string"),
        Arguments.of(
            "{\"a\":[{\"prefix\":{\"equals-ignore-case\":\"x\",\"b\":1}}]}",
            "Only one key allowed in match expression"),
        Arguments.of("{\"a\":[{\"suffix\":[\"x\"]}]}", "suffix match pattern must be a string"),
        Arguments.of("{\"a\":[{\"suffix\":{}}]}", "Suffix expression name not found"),
        Arguments.of(
            "{\"a\":[{\"suffix\":{\"prefix\":\"x\"}}]}", "Unsupported suffix pattern: prefix"),
        Arguments.of(
            "{\"a\":[{\"equals-ignore-case\":[\"x\"]}]}",
            "equals-ignore-case match pattern must be a string"),
        Arguments.of("{\"a\":[{\"wildcard\":1}]}", "wildcard match pattern must be a string"),
        Arguments.of(
            "{\"a\":[{\"wildcard\":\"a**\"}]}", "Consecutive wildcard characters at pos 2"),
        Arguments.of(
            "{\"a\":[{\"wildcard\":\"\u00e9**\"}]}", "Consecutive wildcard characters at pos 3"),
        Arguments.of("{\"a\":[{\"wildcard\":\"a\\\\b\"}]}", "Invalid escape character at pos 2"),
        Arguments.of("{\"a\":[{\"wildcard\":\"a\\\\\"}]}", "Invalid escape character at pos 2"),
        Arguments.of(
            "{\"a\":[{\"exists\":\"true\"}]}",
            "exists match pattern must be either true or false."),
        Arguments.of(
            "{\"a\":[{\"exists\":true,\"b\":1}]}", "Only one key allowed in match expression"),
        Arguments.of("{\"a\":[{\"numeric\":10}]}", "Value of numeric must be an array."),
        Arguments.of("{\"a\":[{\"numeric\":[]}]}", "Invalid member in numeric match: ]"),
        Arguments.of("{\"a\":[{\"numeric\":[5]}]}", "Invalid member in numeric match: 5"),
        Arguments.of(
            "{\"a\":[{\"numeric\":[\"!=\",5]}]}", "Unrecognized numeric range operator: !="),
        Arguments.of("{\"a\":[{\"numeric\":[\"=\",\"5\"]}]}", "Value of equals must be numeric"),
        Arguments.of("{\"a\":[{\"numeric\":[\">=\"]}]}", "Value of >= must be numeric"),
        Arguments.of(
            "{\"a\":[{\"numeric\":[\"<\",5,\">\",0]}]}", "Too many elements in numeric expression"),
        Arguments.of("{\"a\":[{\"numeric\":[\">\",0,5]}]}", "Bad value in numeric range: 5"),
        Arguments.of("{\"a\":[{\"numeric\":[\">\",0,\">\",0]}]}", "Bad numeric range operator: >"),
        Arguments.of("{\"a\":[{\"numeric\":[\">\",0,\"<\"]}]}", "Value of < must be numeric"),
        Arguments.of(
            "{\"a\":[{\"numeric\":[\">\",0,\"<\",5,6]}]}",
            "Too many terms in numeric range expression"),
        Arguments.of("{\"a\":[{\"numeric\":[\">\",5,\"<=\",5]}]}", "Bottom must be less than top"),
        Arguments.of("{\"a\":[{\"numeric\":[\">\",10,\"<\",5]}]}", "Bottom must be less than top"),
        Arguments.of(
            "{\"a\":[{\"numeric\":[\"=\",1.0000000000000001]}]}",
            "Cannot compare number : 1.0000000000000001"),
        Arguments.of("{\"a\":[{\"numeric\":[\"<\",1e400]}]}", "Cannot compare number : 1e400"),
        Arguments.of(
            "{\"a\":[{\"numeric\":[\"=\",5],\"b\":1}]}", "Too many elements in numeric expression"),
        Arguments.of("{\"a\":[{\"numeric\":[\"<\",1e2147483648]}]}", "value exceeds limits"),
        Arguments.of("{\"a\":[{\"anything-but\":[1e-2147483649]}]}", "value exceeds limits"),
        Arguments.of("{\"a\":[{\"anything-but\":{}}]}", "Anything-But expression name not found"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"exists\":true}}]}",
            "Unsupported anything-but pattern: exists"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"cidr\":\"10.0.0.0/8\"}}]}",
            "Unsupported anything-but pattern: cidr"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":true}]}",
            "Value of anything-but must be an array or single string/number value."),
        Arguments.of(
            "{\"a\":[{\"anything-but\":[\"x\",true]}]}",
            "Inside anything but list, start|null|boolean is not supported."),
        Arguments.of(
            "{\"a\":[{\"anything-but\":[\"x\",1]}]}",
            "Inside anything but list, either all values are number or string, mixed type is not supported"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":[]}]}",
            "Inside anything but list, either all values are number or string, mixed type is not supported"),
        Arguments.of("{\"a\":[{\"anything-but\":[1e400]}]}", "Cannot compare number : 1e400"),
        Arguments.of("{\"a\":[{\"anything-but\":1e400}]}", "Cannot compare number : 1e400"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"prefix\":\"a\",\"suffix\":\"b\"}}]}",
            "Too many elements in numeric expression"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":\"x\",\"b\":1}]}",
            "Too many elements in numeric expression"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"suffix\":[\"\"]}}]}", "Null prefix/suffix not allowed"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"equals-ignore-case\":[null]}}]}",
            "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported."),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"wildcard\":\"a**\"}}]}",
            "Consecutive wildcard characters at pos 2"),
        Arguments.of(
            "{\"a\":[{\"anything-but\":{\"wildcard\":[\"ok*\",\"b\\\\c\"]}}]}",
            "Invalid escape character at pos 2"),
        Arguments.of("{\"$or\":{\"a\":[\"x\"]}}", "It must be an Array followed with $or."),
        Arguments.of(
            "{\"$or\":[\"a\",\"b\"]}", "Only JSON object is allowed in array of $or relationship."),
        Arguments.of(
            "{\"$or\":[{\"a\":[\"x\"]}]}",
            "There must have at least 2 Objects in $or relationship."),
        Arguments.of("{\"$or\":[]}", "There must have at least 2 Objects in $or relationship."),
        Arguments.of("{\"$or\":[{\"a\":[\"x\"]},{}]}", "Empty objects are not allowed"),
        Arguments.of(
            "{\"$or\":[{\"a\":[\"x\"]},{\"prefix\":[\"y\"]}]}",
            "prefix is Ruler reserved fieldName which cannot be used inside $or."),
        Arguments.of(
            "{\"$or\":[{\"a\":[\"x\"]},{\"b\":{\"numeric\":[\"y\"]}}]}",
            "numeric is Ruler reserved fieldName which cannot be used inside $or."),
        Arguments.of("{\"a\":[{\"cidr\":5}]}", "prefix match pattern must be a string"),
        Arguments.of("{\"a\":[{\"cidr\":\"bad-filter\"}]}", "Malformed CIDR, one '/' required"),
        Arguments.of("{\"a\":[{\"cidr\":\"10.0.0.0/\"}]}", "Malformed CIDR, one '/' required"),
        Arguments.of(
            "{\"a\":[{\"cidr\":\"10.0.0.0/ 8\"}]}", "Malformed CIDR, mask bits must be an integer"),
        Arguments.of(
            "{\"a\":[{\"cidr\":\"10.0.0.0/-1\"}]}",
            "Malformed CIDR, mask bits must not be negative"),
        Arguments.of("{\"a\":[{\"cidr\":\"1.2.3/8\"}]}", "Nonstandard IP address: 1.2.3"),
        Arguments.of("{\"a\":[{\"cidr\":\"256.0.0.0/8\"}]}", "Invalid IP address: 256.0.0.0"),
        Arguments.of("{\"a\":[{\"cidr\":\"10.0.0.0/32\"}]}", "IPv4 mask bits must be < 32"),
        Arguments.of("{\"a\":[{\"cidr\":\"::/128\"}]}", "IPv6 mask bits must be < 128"),
        Arguments.of(
            "{\"a\":[{\"cidr\":\"10.0.0.0/8\",\"b\":1}]}",
            "Only one key allowed in match expression"),
        Arguments.of(
            "{'bad': 'quotation'}",
            "Unexpected character (''' (code 39)): was expecting double-quote to start field name"),
        Arguments.of("{\"a\":[01]}", "Invalid numeric value: Leading zeroes not allowed"),
        Arguments.of(
            "{\"a\":[NaN]}",
            "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"),
        Arguments.of("", "Filter is not an object"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidPatterns")
  void rejectsWithTheMessageEventBridgeGives(String json, String reason) {
    InvalidEventPatternException e =
        catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json));
    assertThat(e).as("rejected").isNotNull();
    String ruler = JsonRuleCompiler.check(json);
    assertThat(ruler).as("event-ruler rejects it too").isNotNull();
    String rulerFirstLine = ruler.split("\n", -1)[0];
    assertThat(e.getMessage()).isEqualTo("Event pattern is not valid. Reason: " + ruler);
    assertThat(e.reason()).isEqualTo(reason).isEqualTo(rulerFirstLine);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":[\"x\"]} trailing junk",
        "{\"a\":[\"x\"]}}",
        "{\"a\":[{\"prefix\":\"\"}]}",
        "{\"a\":[{\"anything-but\":{\"wildcard\":\"\"}}]}",
        "{\"a\":[{\"anything-but\":\"\"}]}",
        "{\"a\":[{\"cidr\":\"10.0.0.5/24\"}]}",
        "{\"a\":[{\"cidr\":\"10.0.0.0/+8\"}]}",
        "{\"a\":[{\"numeric\":[\">=\",0,\"<\",1e308]}]}",
        "{\"a\":[99999999999999999999]}",
        "{\"location\":[{\"prefix\":\"us-\"}],\"location\":[{\"anything-but\":\"us-east\"}]}",
        "{\"prefix\":[\"not reserved outside $or\"]}",
        "{\"a\":[{\"wildcard\":\"a\\\\*b\\\\\\\\c\"}]}"
      })
  void acceptsWhatEventBridgeAccepts(String json) {
    assertThat(JsonRuleCompiler.check(json)).isNull();
    assertThatCode(() -> EventPattern.parse(json)).doesNotThrowAnyException();
  }

  @Test
  void rejectsTheWildcardPatternAwsFindsTooComplex() {
    String json = "{\"EventBusArn\":[{\"wildcard\":\"*:*:*:*:*:event-bus/*\"}]}";
    InvalidEventPatternException e =
        catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json));
    assertThat(e.getMessage())
        .isEqualTo(
            "Event pattern is not valid. Reason: Rule is too complex - try using fewer wildcard"
                + " characters or fewer repeating character sequences after a wildcard character");
    assertThat(EventPattern.parse(json, new PatternLimits(2048, 1000, 11)).wildcardComplexity())
        .isEqualTo(11);
  }

  @Test
  void acceptsTheWildcardPatternsAwsAccepts() {
    EventPattern p =
        EventPattern.parse(
            "{\"FileName\":[{\"wildcard\":\"/Users/*/dir/dir/dir/dir/dir/doc.txt\"}]}");
    assertThat(p.wildcardComplexity()).isEqualTo(7);
  }

  @Test
  void rejectsMoreThanAThousandOrCombinations() {
    String branches =
        "[{\"a\":[1]},{\"b\":[1]},{\"c\":[1]},{\"d\":[1]},{\"e\":[1]},"
            + "{\"f\":[1]},{\"g\":[1]},{\"h\":[1]},{\"i\":[1]},{\"j\":[1]},{\"k\":[1]}]";
    String three =
        "{\"x\":{\"$or\":"
            + branches
            + "},\"y\":{\"$or\":"
            + branches
            + "},"
            + "\"z\":{\"$or\":"
            + branches
            + "}}";
    InvalidEventPatternException e =
        catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(three));
    assertThat(e.reason())
        .isEqualTo(
            "The use of $or results in 1331 rule combinations, more than the maximum of 1000");
    String two = "{\"x\":{\"$or\":" + branches + "},\"y\":{\"$or\":" + branches + "}}";
    assertThat(EventPattern.parse(two).orCombinations()).isEqualTo(121);
  }

  @Test
  void rejectsAPatternLongerThanTheLimit() {
    String json = "{\"a\":[\"" + "x".repeat(2100) + "\"]}";
    assertThat(EventPattern.parse(json, PatternLimits.testEventPattern()).toJson()).isEqualTo(json);
    InvalidEventPatternException e =
        catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json));
    assertThat(e.reason())
        .isEqualTo(
            "1 validation error detected: Value at 'eventPattern' failed to satisfy constraint:"
                + " Member must have length less than or equal to 2048");
  }

  @Test
  void rejectsAnEmptyAnythingButPrefixListThatEventRulerWouldCrashOn() {
    String json = "{\"a\":[{\"anything-but\":{\"prefix\":[]}}]}";
    assertThat(JsonRuleCompiler.check(json)).isNull();
    assertThat(
            catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json))
                .reason())
        .isEqualTo("Empty arrays are not allowed");
  }

  @Test
  void rejectsTheUndocumentedExactlyOperatorThatEventRulerAccepts() {
    String json = "{\"a\":[{\"exactly\":\"x\"}]}";
    assertThat(JsonRuleCompiler.check(json)).isNull();
    assertThat(
            catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json))
                .reason())
        .isEqualTo("Unrecognized match type exactly");
  }

  @Test
  void keepsTheDuplicatedLocationSuffixOfAnythingButLists() {
    String json = "{\"a\":[{\"anything-but\":[\"x\",null]}]}";
    InvalidEventPatternException e =
        catchThrowableOfType(InvalidEventPatternException.class, () -> EventPattern.parse(json));
    assertThat(e.getMessage().split("\n")).hasSize(3);
  }
}
