package io.github.cognitoevents.pattern;

import static io.github.cognitoevents.pattern.Patterns.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.pattern.cognito.CognitoApiCalls;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link EventPattern#toMap()}: the exact plain-Java shape of every operator, as the AWS CDK's
 * {@code CfnRule.eventPattern(Object)} takes it. (aws-cdk-lib itself is not a test dependency: its
 * jar bundles the whole CDK JavaScript library and its builder only keeps the Object, so it would
 * add a large download and a Node.js process to check what the shape test below already pins.)
 */
class EventPatternToMapTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void givesTheExactShapeOfEveryOperator() {
    EventPattern rule =
        pattern(
            field("source", "aws.cognito-idp"),
            field(
                "detail",
                field("s", value("x"), nullValue()),
                field("n", anyOf(5, 300)),
                field("d", value(2.5), value(new BigDecimal("300.0"))),
                field("b", value(true), value(false)),
                field("p", prefix("a"), prefixIgnoreCase("B")),
                field("x", suffix(".png"), suffixIgnoreCase(".JPG")),
                field("e", equalsIgnoreCase("Admin")),
                field("w", wildcard("*.example.com")),
                field("c", cidr("10.0.0.0/8")),
                field("ex", exists()),
                field("nx", doesNotExist()),
                field("num", greaterThan(0).lessThanOrEqualTo(5), equalTo(3)),
                field("ab", anythingBut("x"), anythingBut(1, 2)),
                field(
                    "abo",
                    anythingButPrefix("a"),
                    anythingButSuffix("b", "c"),
                    anythingButIgnoreCase("D"),
                    anythingButWildcard("*e")),
                or(field("o1", "a"), field("o2.deep", exists()))));

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("source", List.of("aws.cognito-idp"));
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("s", Arrays.asList("x", null));
    detail.put("n", List.of(5L, 300L));
    detail.put("d", List.of(new BigDecimal("2.5"), new BigDecimal("300.0")));
    detail.put("b", List.of(true, false));
    detail.put(
        "p", List.of(Map.of("prefix", "a"), Map.of("prefix", Map.of("equals-ignore-case", "B"))));
    detail.put(
        "x",
        List.of(Map.of("suffix", ".png"), Map.of("suffix", Map.of("equals-ignore-case", ".JPG"))));
    detail.put("e", List.of(Map.of("equals-ignore-case", "Admin")));
    detail.put("w", List.of(Map.of("wildcard", "*.example.com")));
    detail.put("c", List.of(Map.of("cidr", "10.0.0.0/8")));
    detail.put("ex", List.of(Map.of("exists", true)));
    detail.put("nx", List.of(Map.of("exists", false)));
    detail.put(
        "num",
        List.of(
            Map.of("numeric", List.of(">", 0L, "<=", 5L)), Map.of("numeric", List.of("=", 3L))));
    detail.put("ab", List.of(Map.of("anything-but", "x"), Map.of("anything-but", List.of(1L, 2L))));
    detail.put(
        "abo",
        List.of(
            Map.of("anything-but", Map.of("prefix", "a")),
            Map.of("anything-but", Map.of("suffix", List.of("b", "c"))),
            Map.of("anything-but", Map.of("equals-ignore-case", "D")),
            Map.of("anything-but", Map.of("wildcard", "*e"))));
    detail.put(
        "$or",
        List.of(Map.of("o1", List.of("a")), Map.of("o2.deep", List.of(Map.of("exists", true)))));
    expected.put("detail", detail);

    Map<String, Object> map = rule.toMap();
    assertThat(map).isEqualTo(expected);
    assertThat(map.keySet()).containsExactly("source", "detail");
    @SuppressWarnings("unchecked")
    Map<String, Object> actualDetail = (Map<String, Object>) map.get("detail");
    assertThat(actualDetail.keySet()).containsExactlyElementsOf(detail.keySet());
  }

  @Test
  void rendersBackToTheSameJson() throws Exception {
    EventPattern seed =
        CognitoApiCalls.rule()
            .operations(
                CognitoOperation.UPDATE_USER_POOL_CLIENT, CognitoOperation.DELETE_USER_POOL_CLIENT)
            .userPool("us-east-1_EXAMPLE")
            .succeeded()
            .build();
    assertThat(JACKSON.writeValueAsString(seed.toMap())).isEqualTo(seed.toJson());

    EventPattern numbers =
        EventPattern.parse("{\"a\":[1.50,-0.0,12345678901234567890,{\"numeric\":[\"<\",1e3]}]}");
    List<?> a = (List<?>) numbers.toMap().get("a");
    assertThat(a.get(0)).isEqualTo(new BigDecimal("1.50"));
    assertThat(a.get(1)).isEqualTo(new BigDecimal("-0.0"));
    assertThat(a.get(2)).isEqualTo(new BigDecimal("12345678901234567890"));
    assertThat(a.get(3)).isEqualTo(Map.of("numeric", List.of("<", new BigDecimal("1e3"))));
  }

  @Test
  void isUnmodifiableAllTheWayDown() {
    Map<String, Object> map = EventPattern.parse("{\"a\":{\"b\":[\"x\",null]}}").toMap();
    assertThatThrownBy(() -> map.put("c", "d")).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) map.get("a");
    assertThatThrownBy(a::clear).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> b = (List<Object>) a.get("b");
    assertThat(b).containsExactly("x", null);
    assertThatThrownBy(() -> b.add("y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsTheLastValueOfARepeatedKeyInItsFirstPlace() {
    EventPattern twice = EventPattern.parse("{\"a\":[\"1\"],\"b\":[\"2\"],\"a\":[\"3\"]}");
    assertThat(new ArrayList<>(twice.toMap().entrySet()))
        .containsExactly(Map.entry("a", List.of("3")), Map.entry("b", List.of("2")));
  }

  @Test
  void convertsTheDeepestPatternTheParserAccepts() {
    int depth = 999; // Jackson's nesting limit, which the parser keeps
    String json = "{\"a\":".repeat(depth) + "[\"x\"]" + "}".repeat(depth);
    EventPattern deep =
        EventPattern.parse(json, PatternLimits.rules().withMaxLength(json.length()));
    Object node = deep.toMap();
    for (int i = 0; i < depth; i++) {
      node = ((Map<?, ?>) node).get("a");
    }
    assertThat(node).isEqualTo(List.of("x"));
  }
}
