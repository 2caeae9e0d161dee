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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden JSON for every operator, from the AWS documentation examples: the DSL renders the golden
 * file exactly (pretty), parsing the golden file gives the same pattern, and compact rendering
 * round-trips.
 */
class GoldenJsonTest {

  static Map<String, EventPattern> examples() {
    Map<String, EventPattern> m = new LinkedHashMap<>();
    m.put(
        "seed-rule",
        pattern(
            field("source", "aws.cognito-idp"),
            field(
                "detail",
                field("eventSource", "cognito-idp.amazonaws.com"),
                field("eventType", "AwsApiCall"),
                field("eventName", anyOf("DeleteUserPoolClient", "UpdateUserPoolClient")))));
    m.put(
        "exact-values",
        pattern(
            field("source", "aws.ec2"),
            field("detail-type", "EC2 Instance State-change Notification"),
            field(
                "detail",
                field("state", "running", "stopped"),
                field("c-count", anyOf(5, 10)),
                field("is-enabled", value(true)),
                field("responseElements", nullValue()),
                field("eventVersion", value("")))));
    m.put("prefix", pattern(field("time", prefix("2017-10-02"))));
    m.put(
        "prefix-equals-ignore-case",
        pattern(field("detail", field("service", prefixIgnoreCase("EventB")))));
    m.put("suffix", pattern(field("detail", field("FileName", suffix(".png")))));
    m.put(
        "suffix-equals-ignore-case",
        pattern(field("detail", field("FileName", suffixIgnoreCase(".png")))));
    m.put(
        "equals-ignore-case",
        pattern(field("detail-type", equalsIgnoreCase("ec2 instance state-change notification"))));
    m.put(
        "anything-but-string",
        pattern(field("detail", field("state", anythingBut("initializing")))));
    m.put(
        "anything-but-string-list",
        pattern(field("detail", field("state", anythingBut("stopped", "overloaded")))));
    m.put("anything-but-number", pattern(field("detail", field("x-limit", anythingBut(123)))));
    m.put(
        "anything-but-number-list",
        pattern(field("detail", field("x-limit", anythingBut(100, 200, 300)))));
    m.put(
        "anything-but-prefix", pattern(field("detail", field("state", anythingButPrefix("init")))));
    m.put(
        "anything-but-prefix-list",
        pattern(field("detail", field("state", anythingButPrefix("init", "error")))));
    m.put(
        "anything-but-suffix",
        pattern(field("detail", field("FileName", anythingButSuffix(".txt")))));
    m.put(
        "anything-but-equals-ignore-case",
        pattern(field("detail", field("state", anythingButIgnoreCase("Stopped", "OverLoaded")))));
    m.put(
        "anything-but-wildcard",
        pattern(field("detail", field("FilePath", anythingButWildcard("*/lib/*")))));
    m.put(
        "numeric",
        pattern(
            field(
                "detail",
                field("c-count", greaterThan(0).lessThanOrEqualTo(5)),
                field("d-count", lessThan(10)),
                field("x-limit", equalTo(301.8)),
                field("y-limit", greaterThanOrEqualTo(-1.5)))));
    m.put(
        "exists",
        pattern(field("detail", field("state", exists()), field("c-count", doesNotExist()))));
    m.put(
        "cidr",
        pattern(
            field(
                "detail",
                field("sourceIPAddress", cidr("10.0.0.0/24"), cidr("2001:db8:1234:1a00::/64")))));
    m.put(
        "wildcard",
        pattern(field("EventBusArn", wildcard("arn:aws:events:us-east-1:*:event-bus/*"))));
    m.put(
        "or",
        pattern(
            field("source", "aws.ec2"),
            field(
                "detail",
                or(
                    field("c-count", greaterThan(0).lessThanOrEqualTo(5)),
                    field("d-count", lessThan(10)),
                    field("x-limit", equalTo(301.8))))));
    m.put(
        "or-nested",
        pattern(
            or(
                allOf(field("source", "aws.cognito-idp"), field("detail.eventType", "AwsApiCall")),
                allOf(
                    field("source", "aws.ec2"),
                    or(field("detail.state", "running"), field("detail.code", anyOf(16)))))));
    m.put(
        "dotted-keys",
        pattern(
            field("detail.eventSource", "cognito-idp.amazonaws.com"),
            field("detail.requestParameters.userPoolId", prefix("eu-west-1_"))));
    m.put(
        "mixed-conditions",
        pattern(
            field(
                "detail.userAgent",
                prefix("aws-cli/"),
                suffix(" Boto3"),
                doesNotExist(),
                value("Console"))));
    return m;
  }

  static Stream<Arguments> cases() {
    return examples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static String golden(String name) {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("golden/" + name + ".json")) {
      assertThat(in).as("golden file golden/%s.json", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dslRendersTheGoldenJson(String name, EventPattern dsl) {
    assertThat(dsl.toPrettyJson()).isEqualTo(golden(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsingTheGoldenJsonGivesTheDslPattern(String name, EventPattern dsl) {
    EventPattern parsed = EventPattern.parse(golden(name));
    assertThat(parsed).isEqualTo(dsl);
    assertThat(parsed.toJson()).isEqualTo(dsl.toJson());
    assertThat(EventPattern.parse(parsed.toJson())).isEqualTo(parsed);
  }
}
