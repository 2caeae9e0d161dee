package io.github.cognitoevents.pattern.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.IdentityType;
import io.github.cognitoevents.model.cloudtrail.ManagedLoginEvent;
import io.github.cognitoevents.pattern.EventPattern;
import io.github.cognitoevents.pattern.InvalidEventPatternException;
import io.github.cognitoevents.pattern.JsonKind;
import io.github.cognitoevents.pattern.Patterns;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sequences of builder calls: every rule either builds a pattern that parses back to
 * itself within the rule size limit, or fails with one of the two documented exceptions.
 */
class CognitoRulePropertyTest {

  private static final CognitoOperation[] OPERATIONS = CognitoOperation.values();
  private static final ManagedLoginEvent[] LOGIN_EVENTS = ManagedLoginEvent.values();
  private static final IdentityType[] IDENTITY_TYPES = IdentityType.values();
  private static final List<CloudTrailField<? extends JsonKind.StringValue>> FIELDS =
      List.of(
          CloudTrailField.AWS_REGION,
          CloudTrailField.USER_AGENT,
          CloudTrailField.Caller.ACCOUNT_ID,
          CloudTrailField.Caller.ARN,
          CloudTrailField.UpdateUserPoolClient.CLIENT_NAME,
          CloudTrailField.UpdateUserPoolClient.USER_POOL_ID,
          CloudTrailField.DeleteUserPoolClient.CLIENT_ID,
          CloudTrailField.AdminCreateUser.MESSAGE_ACTION,
          CloudTrailField.ManagedLogin.GRANT_TYPE);
  private static final String[] VALUES = {
    "us-east-1_A",
    "x",
    "",
    "arn:aws:iam::1:role/r",
    "arn:aws:iam::123456789012:role/r",
    "1example23456789",
    "é*"
  };

  @Test
  void buildsAValidPatternOrFailsWithADocumentedException() {
    SplittableRandom random = new SplittableRandom(42);
    int built = 0;
    int rejected = 0;
    for (int i = 0; i < 3000; i++) {
      try {
        CognitoRule rule =
            random.nextBoolean() ? CognitoApiCalls.rule() : CognitoApiCalls.managedLogin();
        int steps = random.nextInt(6);
        for (int s = 0; s < steps; s++) {
          rule = step(rule, random);
        }
        EventPattern pattern = rule.build();
        assertThat(pattern.toJson()).hasSizeLessThanOrEqualTo(2048);
        assertThat(EventPattern.parse(pattern.toJson())).isEqualTo(pattern);
        assertThat(rule.toString()).isEqualTo(pattern.toJson());
        built++;
      } catch (InvalidCognitoRuleException | InvalidEventPatternException expected) {
        assertThat(expected.getMessage()).isNotBlank();
        rejected++;
      }
    }
    assertThat(built).isGreaterThan(500);
    assertThat(rejected).isGreaterThan(100);
  }

  private static CognitoRule step(CognitoRule rule, SplittableRandom random) {
    String value = VALUES[random.nextInt(VALUES.length)];
    switch (random.nextInt(11)) {
      case 0:
        return rule.operations(OPERATIONS[random.nextInt(OPERATIONS.length)]);
      case 1:
        return rule.events(LOGIN_EVENTS[random.nextInt(LOGIN_EVENTS.length)]);
      case 2:
        return random.nextBoolean() ? rule.readOnly() : rule.mutating();
      case 3:
        return random.nextBoolean() ? rule.succeeded() : rule.failed();
      case 4:
        return rule.userPool(value);
      case 5:
        return rule.appClient(value);
      case 6:
        return rule.callerType(IDENTITY_TYPES[random.nextInt(IDENTITY_TYPES.length)]);
      case 7:
        return rule.callerRole(value);
      case 8:
        return rule.sourceIpIn(random.nextBoolean() ? "10.0.0.0/8" : value);
      case 9:
        return rule.callerArn(value);
      default:
        return rule.where(
            FIELDS.get(random.nextInt(FIELDS.size())),
            random.nextBoolean() ? Patterns.prefix(value) : Patterns.exists());
    }
  }
}
