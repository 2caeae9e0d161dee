package io.github.cognitoevents.samples;

import static io.github.cognitoevents.pattern.Patterns.anyOf;
import static io.github.cognitoevents.pattern.Patterns.cidr;
import static io.github.cognitoevents.pattern.Patterns.doesNotExist;
import static io.github.cognitoevents.pattern.Patterns.field;
import static io.github.cognitoevents.pattern.Patterns.greaterThanOrEqualTo;
import static io.github.cognitoevents.pattern.Patterns.or;
import static io.github.cognitoevents.pattern.Patterns.pattern;
import static io.github.cognitoevents.pattern.Patterns.prefix;
import static io.github.cognitoevents.pattern.Patterns.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import org.junit.jupiter.api.Test;

/** The README's generic pattern-DSL example, compiled and run. */
class PatternDslReadmeExampleTest {

  @Test
  void buildsRendersAndValidatesPatternsLikeEventBridge() {
    // example: pattern-dsl
    EventPattern rule =
        pattern(
            field("source", "aws.cognito-idp"),
            field(
                "detail",
                field("eventName", anyOf("AdminCreateUser", "AdminDeleteUser")),
                field("errorCode", doesNotExist()),
                or(
                    field("sourceIPAddress", cidr("10.0.0.0/8")),
                    field("userIdentity.arn", prefix("arn:aws:sts::123456789012:assumed-role/")))),
            field("detail.responseElements.user.enabled", value(true)));
    String json = rule.toJson(); // what goes into CloudFormation, CDK or Terraform

    EventPattern parsed = EventPattern.parse(json); // parse(render(p)) equals p
    String message;
    try {
      EventPattern.parse("{\"detail\":{\"eventName\":[]}}");
      message = "valid";
    } catch (InvalidEventPatternException e) {
      message = e.getMessage(); // EventBridge's own words
    }
    // message, two lines: EventBridge's, then where Jackson stopped reading
    // Event pattern is not valid. Reason: Empty arrays are not allowed
    //  at [Source: (String)"{"detail":{"eventName":[]}}"; line: 1, column: 26]
    // end example

    assertThat(json)
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventName\":[\"AdminCreateUser\","
                + "\"AdminDeleteUser\"],\"errorCode\":[{\"exists\":false}],\"$or\":[{\"sourceIPAddress\":"
                + "[{\"cidr\":\"10.0.0.0/8\"}]},{\"userIdentity.arn\":[{\"prefix\":"
                + "\"arn:aws:sts::123456789012:assumed-role/\"}]}]},"
                + "\"detail.responseElements.user.enabled\":[true]}");
    assertThat(parsed).isEqualTo(rule);
    assertThat(message)
        .isEqualTo(
            "Event pattern is not valid. Reason: Empty arrays are not allowed\n"
                + " at [Source: (String)\"{\"detail\":{\"eventName\":[]}}\"; line: 1, column: 26]");
  }

  @Test
  void theModuleReadmeExampleRendersTheSeedRule() {
    // example: pattern-dsl-module
    EventPattern rule =
        pattern(
            field("source", "aws.cognito-idp"),
            field(
                "detail",
                field("eventSource", "cognito-idp.amazonaws.com"),
                field("eventType", "AwsApiCall"),
                field("eventName", anyOf("DeleteUserPoolClient", "UpdateUserPoolClient"))));

    String compact = rule.toJson(); // {"source":["aws.cognito-idp"],"detail":{...}}
    String pretty = rule.toPrettyJson(); // two-space indent, each match list on one line
    boolean roundTrips = EventPattern.parse(compact).equals(rule); // true
    // end example

    assertThat(compact)
        .isEqualTo(
            "{\"source\":[\"aws.cognito-idp\"],\"detail\":{\"eventSource\":[\"cognito-idp.amazonaws.com\"],"
                + "\"eventType\":[\"AwsApiCall\"],\"eventName\":[\"DeleteUserPoolClient\",\"UpdateUserPoolClient\"]}}");
    assertThat(pretty).contains("\n  \"source\": [\"aws.cognito-idp\"]");
    assertThat(roundTrips).isTrue();
  }

  @Test
  void numericRangesCannotBeWrittenBackwards() {
    assertThat(pattern(field("detail.size", greaterThanOrEqualTo(1).lessThan(10))).toJson())
        .isEqualTo("{\"detail.size\":[{\"numeric\":[\">=\",1,\"<\",10]}]}");
    assertThatThrownBy(() -> greaterThanOrEqualTo(10).lessThan(1))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageContaining("Bottom must be less than top");
  }
}
