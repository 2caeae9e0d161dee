package io.github.cognitoevents.pattern.cognito;

import static io.github.cognitoevents.model.cloudtrail.CognitoOperation.UPDATE_USER_POOL_CLIENT;
import static io.github.cognitoevents.pattern.Patterns.prefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pool ids, client ids, regions, account ids and ARNs are checked where a rule takes them, with
 * {@link InvalidCognitoRuleException} naming the method (or field), the value's position and what
 * is wrong, and never the value itself.
 */
class IdentifierValuesTest {

  private static final CognitoRule RULE =
      CognitoApiCalls.rule().operations(UPDATE_USER_POOL_CLIENT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us-east-1_AbCdEf123",
        "eu-west-1_EXAMPLE",
        "us-gov-west-1_x9",
        "cn-northwest-1_A",
        "ap-southeast-7_Zz0",
        "eusc-de-east-1_Q1"
      })
  void acceptsUserPoolIdsOfEveryPartition(String id) {
    assertThat(RULE.userPool(id).toJson()).contains("\"userPoolId\":[\"" + id + "\"]");
    assertThat(RULE.where(CloudTrailField.UpdateUserPoolClient.USER_POOL_ID, id).toJson())
        .contains(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not a pool | no '_' between region and id",
        "useast1_ABC | the part before '_' is not a region code",
        "eu-north-1_ | the part after '_' is not letters and digits",
        "us-east-1_ab-cd | the part after '_' is not letters and digits"
      })
  void rejectsWhatIsNotAUserPoolIdWithoutEchoingIt(String id, String problem) {
    assertThatThrownBy(() -> RULE.userPool("us-east-1_OK", id))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "userPool: value 2 is not a user pool id (REGION_ID, such as us-east-1_AbCdEf123): "
                + problem)
        .message()
        .doesNotContain(id);
  }

  @Test
  void rejectsAPoolIdLongerThanAwsAllows() {
    String id = "us-east-1_" + "A".repeat(46);
    assertThatThrownBy(() -> RULE.userPool(id))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageEndingWith(": 56 characters, at most 55");
    String longest = "us-east-1_" + "A".repeat(45);
    assertThat(RULE.userPool(longest).toJson()).contains(longest);
  }

  @Test
  void checksAppClientIds() {
    assertThat(RULE.appClient("1example23456789", "a_b+c").toJson())
        .contains("\"clientId\":[\"1example23456789\",\"a_b+c\"]");
    assertThatThrownBy(() -> RULE.appClient("client secret!"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "appClient: value 1 is not an app client id (1 to 128 letters, digits, '_' or '+'):"
                + " character 7 is not allowed");
    assertThatThrownBy(() -> RULE.appClient("x".repeat(129)))
        .hasMessageEndingWith(": 129 characters");
    assertThatThrownBy(
            () -> RULE.where(CloudTrailField.UpdateUserPoolClient.CLIENT_ID, "ok", "not/ok"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageStartingWith(
            "detail.requestParameters.clientId: value 2 is not an app client id");
  }

  @Test
  void checksRegionsAndAccountIdsOfTypedFields() {
    assertThat(RULE.where(CloudTrailField.AWS_REGION, "eu-central-2", "us-gov-east-1").toJson())
        .contains("\"awsRegion\":[\"eu-central-2\",\"us-gov-east-1\"]");
    assertThatThrownBy(() -> RULE.where(CloudTrailField.AWS_REGION, "Europe"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "detail.awsRegion: value 1 is not an AWS region code (such as eu-west-1):"
                + " not of the form xx-name-N");
    assertThatThrownBy(() -> RULE.where(CloudTrailField.Caller.ACCOUNT_ID, "12345"))
        .hasMessage(
            "detail.userIdentity.accountId: value 1 is not an AWS account id (12 digits):"
                + " not 12 digits");
    // operators are not values: a prefix of a region is fine
    assertThat(RULE.where(CloudTrailField.AWS_REGION, prefix("eu-")).toJson())
        .contains("\"awsRegion\":[{\"prefix\":\"eu-\"}]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::123456789012:role/deployer",
        "arn:aws:iam::123456789012:role/path/to/ci-deployer",
        "arn:aws-cn:iam::123456789012:role/x",
        "arn:aws-us-gov:iam::123456789012:role/service-role/a.b@c=d,e+f"
      })
  void acceptsRoleArns(String arn) {
    assertThat(RULE.callerRole(arn).toJson()).contains(arn);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::123456789012:user/alice | the resource is not role/NAME",
        "arn:aws:sts::123456789012:assumed-role/r/s | the service is not iam",
        "arn:aws:iam:us-east-1:123456789012:role/r | IAM ARNs have no region",
        "arn:aws:iam::1234:role/r | the account is not 12 digits",
        "arn:azure:iam::123456789012:role/r | the partition is not aws, aws-cn, aws-us-gov, ...",
        "role/deployer | not arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE",
        "arn:aws:iam::123456789012:role/ | the resource is not role/NAME",
        "arn:aws:iam::123456789012:role/a b | the resource is empty or has characters IAM names do"
            + " not allow"
      })
  void rejectsWhatIsNotARoleArn(String arn, String problem) {
    assertThatThrownBy(() -> RULE.callerRole(arn))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessage(
            "callerRole: value 1 is not an IAM role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME): "
                + problem);
  }

  @Test
  void checksPrincipalArns() {
    Function<String, String> json = arn -> RULE.callerArn(arn).toJson();
    assertThat(json.apply("arn:aws:iam::123456789012:user/alice")).contains("user/alice");
    assertThat(json.apply("arn:aws:sts::123456789012:assumed-role/Admin/session"))
        .contains("assumed-role/Admin/session");
    assertThat(json.apply("arn:aws:iam::123456789012:root")).contains(":root");
    assertThatThrownBy(() -> RULE.callerArn("arn:aws:lambda:us-east-1:123456789012:function:f"))
        .isInstanceOf(InvalidCognitoRuleException.class)
        .hasMessageEndingWith(": the service is not iam or sts");
    assertThatThrownBy(
            () -> RULE.where(CloudTrailField.Caller.ROLE_ARN, "arn:aws:iam::123456789012:user/a"))
        .hasMessageStartingWith(
            "detail.userIdentity.sessionContext.sessionIssuer.arn: value 1 is not an IAM role ARN");
  }
}
