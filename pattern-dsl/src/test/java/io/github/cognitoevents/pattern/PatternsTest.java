package io.github.cognitoevents.pattern;

import static io.github.cognitoevents.pattern.Patterns.allOf;
import static io.github.cognitoevents.pattern.Patterns.anyOf;
import static io.github.cognitoevents.pattern.Patterns.anythingBut;
import static io.github.cognitoevents.pattern.Patterns.anythingButIgnoreCase;
import static io.github.cognitoevents.pattern.Patterns.anythingButPrefix;
import static io.github.cognitoevents.pattern.Patterns.anythingButSuffix;
import static io.github.cognitoevents.pattern.Patterns.anythingButWildcard;
import static io.github.cognitoevents.pattern.Patterns.cidr;
import static io.github.cognitoevents.pattern.Patterns.doesNotExist;
import static io.github.cognitoevents.pattern.Patterns.equalTo;
import static io.github.cognitoevents.pattern.Patterns.equalsIgnoreCase;
import static io.github.cognitoevents.pattern.Patterns.exists;
import static io.github.cognitoevents.pattern.Patterns.field;
import static io.github.cognitoevents.pattern.Patterns.greaterThan;
import static io.github.cognitoevents.pattern.Patterns.greaterThanOrEqualTo;
import static io.github.cognitoevents.pattern.Patterns.lessThan;
import static io.github.cognitoevents.pattern.Patterns.lessThanOrEqualTo;
import static io.github.cognitoevents.pattern.Patterns.nullValue;
import static io.github.cognitoevents.pattern.Patterns.or;
import static io.github.cognitoevents.pattern.Patterns.pattern;
import static io.github.cognitoevents.pattern.Patterns.prefix;
import static io.github.cognitoevents.pattern.Patterns.prefixIgnoreCase;
import static io.github.cognitoevents.pattern.Patterns.suffix;
import static io.github.cognitoevents.pattern.Patterns.suffixIgnoreCase;
import static io.github.cognitoevents.pattern.Patterns.value;
import static io.github.cognitoevents.pattern.Patterns.wildcard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per operator of the DSL, plus its build-time validation. */
class PatternsTest {

  private static String json(Match first, Match... more) {
    return pattern(field("f", first, more)).toJson();
  }

  @Test
  void rendersTheSeedRuleExactly() {
    EventPattern seed =
        pattern(
            field("source", "aws.cognito-idp"),
            field(
                "detail",
                field("eventSource", "cognito-idp.amazonaws.com"),
                field("eventType", "AwsApiCall"),
                field("eventName", anyOf("DeleteUserPoolClient", "UpdateUserPoolClient"))));
    assertThat(seed.toJson())
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");
    assertThat(seed.toString()).isEqualTo(seed.toJson());
  }

  @Test
  void exactValuesOfEveryType() {
    assertThat(json(value("x"), value(5), value(2.5), value(true), value(false), nullValue()))
        .isEqualTo("{\"f\":[\"x\",5,2.5,true,false,null]}");
    assertThat(json(value(new BigDecimal("300.0")))).isEqualTo("{\"f\":[300.0]}");
    assertThat(pattern(field("f", "a", "b")).toJson()).isEqualTo("{\"f\":[\"a\",\"b\"]}");
    assertThat(pattern(field("f", anyOf(1, 2))).toJson()).isEqualTo("{\"f\":[1,2]}");
  }

  @Test
  void prefixAndItsIgnoreCaseForm() {
    assertThat(json(prefix("2017-10-02"))).isEqualTo("{\"f\":[{\"prefix\":\"2017-10-02\"}]}");
    assertThat(json(prefixIgnoreCase("EventB")))
        .isEqualTo("{\"f\":[{\"prefix\":{\"equals-ignore-case\":\"EventB\"}}]}");
    assertThat(json(prefix(""))).isEqualTo("{\"f\":[{\"prefix\":\"\"}]}");
  }

  @Test
  void suffixAndItsIgnoreCaseForm() {
    assertThat(json(suffix(".png"))).isEqualTo("{\"f\":[{\"suffix\":\".png\"}]}");
    assertThat(json(suffixIgnoreCase(".PNG")))
        .isEqualTo("{\"f\":[{\"suffix\":{\"equals-ignore-case\":\".PNG\"}}]}");
  }

  @Test
  void equalsIgnoreCaseOperator() {
    assertThat(json(equalsIgnoreCase("alice")))
        .isEqualTo("{\"f\":[{\"equals-ignore-case\":\"alice\"}]}");
  }

  @Test
  void wildcardOperatorAndItsSyntaxErrors() {
    assertThat(json(wildcard("Simple*Service")))
        .isEqualTo("{\"f\":[{\"wildcard\":\"Simple*Service\"}]}");
    assertThat(json(wildcard("a\\*b"))).isEqualTo("{\"f\":[{\"wildcard\":\"a\\\\*b\"}]}");
    assertThatThrownBy(() -> wildcard("arn:aws:events:us-east-1:**:event-bus/*"))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessage(
            "Event pattern is not valid. Reason: Consecutive wildcard characters at pos 26");
    assertThatThrownBy(() -> wildcard("a\\b"))
        .hasMessage("Event pattern is not valid. Reason: Invalid escape character at pos 2");
  }

  @Test
  void wildcardComplexityIsCheckedWhenThePatternIsBuilt() {
    assertThatThrownBy(() -> pattern(field("EventBusArn", wildcard("*:*:*:*:*:event-bus/*"))))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageContaining("Rule is too complex");
  }

  @Test
  void existsAndDoesNotExist() {
    assertThat(json(exists())).isEqualTo("{\"f\":[{\"exists\":true}]}");
    assertThat(json(doesNotExist())).isEqualTo("{\"f\":[{\"exists\":false}]}");
  }

  @Test
  void cidrOperatorAndItsErrors() {
    assertThat(json(cidr("10.0.0.0/24"), cidr("2001:db8:1234:1a00::/64")))
        .isEqualTo("{\"f\":[{\"cidr\":\"10.0.0.0/24\"},{\"cidr\":\"2001:db8:1234:1a00::/64\"}]}");
    assertThatThrownBy(() -> cidr("bad-filter"))
        .hasMessage("Event pattern is not valid. Reason: Malformed CIDR, one '/' required");
    assertThatThrownBy(() -> cidr("xx.11.xx/8"))
        .hasMessage("Event pattern is not valid. Reason: Nonstandard IP address: xx.11.xx");
    assertThatThrownBy(() -> cidr("10.0.0.0/32"))
        .hasMessage("Event pattern is not valid. Reason: IPv4 mask bits must be < 32");
  }

  @Test
  void numericComparisonsAndRanges() {
    assertThat(json(lessThan(10))).isEqualTo("{\"f\":[{\"numeric\":[\"<\",10]}]}");
    assertThat(json(lessThanOrEqualTo(2.5))).isEqualTo("{\"f\":[{\"numeric\":[\"<=\",2.5]}]}");
    assertThat(json(equalTo(new BigDecimal("301.8"))))
        .isEqualTo("{\"f\":[{\"numeric\":[\"=\",301.8]}]}");
    assertThat(json(greaterThan(0))).isEqualTo("{\"f\":[{\"numeric\":[\">\",0]}]}");
    assertThat(json(greaterThan(0).lessThanOrEqualTo(5)))
        .isEqualTo("{\"f\":[{\"numeric\":[\">\",0,\"<=\",5]}]}");
    assertThat(json(greaterThanOrEqualTo(-1.5).lessThan(1e10)))
        .isEqualTo("{\"f\":[{\"numeric\":[\">=\",-1.5,\"<\",1.0e10]}]}");
  }

  @Test
  void numericRangesAreValidatedWhenBuilt() {
    assertThatThrownBy(() -> greaterThan(5).lessThanOrEqualTo(5))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessage("Event pattern is not valid. Reason: Bottom must be less than top");
    assertThatThrownBy(() -> equalTo(new BigDecimal("1.0000000000000001")))
        .hasMessage(
            "Event pattern is not valid. Reason: Cannot compare number : 1.0000000000000001");
    assertThatThrownBy(() -> greaterThan(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anythingButValues() {
    assertThat(json(anythingBut("initializing")))
        .isEqualTo("{\"f\":[{\"anything-but\":\"initializing\"}]}");
    assertThat(json(anythingBut("stopped", "overloaded")))
        .isEqualTo("{\"f\":[{\"anything-but\":[\"stopped\",\"overloaded\"]}]}");
    assertThat(json(anythingBut(123))).isEqualTo("{\"f\":[{\"anything-but\":123}]}");
    assertThat(json(anythingBut(100, 200))).isEqualTo("{\"f\":[{\"anything-but\":[100,200]}]}");
    assertThat(json(anythingBut(1.5))).isEqualTo("{\"f\":[{\"anything-but\":1.5}]}");
  }

  @Test
  void anythingButPrefixAndSuffix() {
    assertThat(json(anythingButPrefix("init")))
        .isEqualTo("{\"f\":[{\"anything-but\":{\"prefix\":\"init\"}}]}");
    assertThat(json(anythingButPrefix("init", "error")))
        .isEqualTo("{\"f\":[{\"anything-but\":{\"prefix\":[\"init\",\"error\"]}}]}");
    assertThat(json(anythingButSuffix(".txt")))
        .isEqualTo("{\"f\":[{\"anything-but\":{\"suffix\":\".txt\"}}]}");
    assertThat(anythingButSuffix(".txt", ".jpg").value()).isEqualTo(".txt");
    assertThatThrownBy(() -> anythingButPrefix(""))
        .hasMessage("Event pattern is not valid. Reason: Null prefix/suffix not allowed");
    assertThatThrownBy(() -> anythingButSuffix("a", ""))
        .hasMessage("Event pattern is not valid. Reason: Null prefix/suffix not allowed");
  }

  @Test
  void anythingButEqualsIgnoreCaseAndWildcard() {
    assertThat(json(anythingButIgnoreCase("Stopped")))
        .isEqualTo("{\"f\":[{\"anything-but\":{\"equals-ignore-case\":\"Stopped\"}}]}");
    assertThat(json(anythingButWildcard("*/lib/*", "*.tmp")))
        .isEqualTo("{\"f\":[{\"anything-but\":{\"wildcard\":[\"*/lib/*\",\"*.tmp\"]}}]}");
    assertThatThrownBy(() -> anythingButWildcard("a**"))
        .hasMessage("Event pattern is not valid. Reason: Consecutive wildcard characters at pos 2");
  }

  @Test
  void orOfSingleMembersAndOfObjects() {
    assertThat(pattern(or(field("a", "1"), field("b", "2"))).toJson())
        .isEqualTo("{\"$or\":[{\"a\":[\"1\"]},{\"b\":[\"2\"]}]}");
    assertThat(
            pattern(
                    field(
                        "detail",
                        or(allOf(field("a", "1"), field("b", "2")), allOf(field("c", "3")))))
                .toJson())
        .isEqualTo("{\"detail\":{\"$or\":[{\"a\":[\"1\"],\"b\":[\"2\"]},{\"c\":[\"3\"]}]}}");
  }

  @Test
  void orRejectsOperatorNamesAsFieldNamesInsideBranches() {
    assertThatThrownBy(() -> or(field("prefix", "x"), field("b", "y")))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessage(
            "Event pattern is not valid. Reason: prefix is Ruler reserved fieldName which cannot be"
                + " used inside $or.");
    assertThatThrownBy(() -> new Or(List.of(allOf(field("a", "x")))))
        .hasMessage(
            "Event pattern is not valid. Reason: There must have at least 2 Objects in $or relationship.");
  }

  @Test
  void nestingAndDottedKeysAndSeveralConditionsOnOneField() {
    EventPattern nested = pattern(field("detail", field("state", prefix("run"), value("stopped"))));
    assertThat(nested.toJson())
        .isEqualTo("{\"detail\":{\"state\":[{\"prefix\":\"run\"},\"stopped\"]}}");
    EventPattern dotted = pattern(field("detail.state", anyOf(prefix("run"), value("stopped"))));
    assertThat(dotted.toJson()).isEqualTo("{\"detail.state\":[{\"prefix\":\"run\"},\"stopped\"]}");
  }

  @Test
  void modelRejectsEmptyObjectsListsAndOrAsAFieldName() {
    assertThatThrownBy(() -> new ObjectPattern(List.of()))
        .hasMessage("Event pattern is not valid. Reason: Empty objects are not allowed");
    assertThatThrownBy(() -> new MatchList(List.of()))
        .hasMessage("Event pattern is not valid. Reason: Empty arrays are not allowed");
    assertThatThrownBy(() -> field("$or", "x"))
        .hasMessage(
            "Event pattern is not valid. Reason: Only JSON object is allowed in array of $or relationship.");
  }

  @Test
  void valuesAreImmutableAndStructurallyEqual() {
    EventPattern a = pattern(field("f", "x"));
    EventPattern b = EventPattern.parse("{\"f\":[\"x\"]}");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThatThrownBy(() -> a.root().members().add(field("g", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(EventPattern.parse("{\"f\":[300]}"))
        .isNotEqualTo(EventPattern.parse("{\"f\":[300.0]}"));
  }
}
