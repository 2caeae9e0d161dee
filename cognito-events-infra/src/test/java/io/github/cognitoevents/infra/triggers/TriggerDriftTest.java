package io.github.cognitoevents.infra.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.infra.CfnValue;
import io.github.cognitoevents.infra.triggers.TriggerDrift.Change;
import io.github.cognitoevents.infra.triggers.TriggerDrift.Difference;
import io.github.cognitoevents.infra.triggers.TriggerDrift.Report;
import io.github.cognitoevents.infra.triggers.TriggerDrift.Status;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TriggerDriftTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String FN = "arn:aws:lambda:eu-west-1:123456789012:function:";
  static final String KEY =
      "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final UserPoolRef POOL =
      UserPoolRef.existing(
          CfnValue.of("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123"));

  /** The wiring the synthetic event agrees with. */
  static PoolTriggers declared() {
    return TriggerWiring.of(
            CognitoTrigger.of(
                "preSignUp", CfnValue.of(FN + "pre-sign-up"), POOL, TriggerSlot.PRE_SIGN_UP),
            CognitoTrigger.of(
                "audit", CfnValue.of(FN + "audit"), POOL, TriggerSlot.POST_AUTHENTICATION),
            CognitoTrigger.of(
                    "tokens", CfnValue.of(FN + "tokens"), POOL, TriggerSlot.PRE_TOKEN_GENERATION)
                .withVersion(LambdaVersion.V2_0),
            CognitoTrigger.of(
                    "mailer", CfnValue.of(FN + "mailer"), POOL, TriggerSlot.CUSTOM_EMAIL_SENDER)
                .withKmsKey(CfnValue.of(KEY)))
        .pool(POOL);
  }

  static CloudTrailRecord event(Consumer<ObjectNode> change) {
    try (InputStream in = TriggerDriftTest.class.getResourceAsStream("update-user-pool.json")) {
      ObjectNode envelope = (ObjectNode) JSON.readTree(in);
      change.accept((ObjectNode) envelope.get("detail"));
      return CloudTrailRecord.fromEventBridgeJson(envelope.toString()).detail();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode lambdaConfig(ObjectNode detail) {
    return (ObjectNode) detail.get("requestParameters").get("lambdaConfig");
  }

  @Test
  void theCallThatKeepsTheWiringIsNoDrift() {
    Report report = TriggerDrift.check(declared(), event(d -> {}));

    assertThat(report.status()).isEqualTo(Status.NO_DRIFT);
    assertThat(report.drifted()).isFalse();
    assertThat(report.userPoolId()).isEqualTo("eu-west-1_AbCdEf123");
    assertThat(report.eventId()).isEqualTo("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b");
  }

  @Test
  void anUpdateWithoutLambdaConfigRemovesEveryTrigger() {
    Report report =
        TriggerDrift.check(
            declared(),
            event(d -> ((ObjectNode) d.get("requestParameters")).remove("lambdaConfig")));

    assertThat(report.status()).isEqualTo(Status.DRIFTED);
    assertThat(report.differences())
        .extracting(Difference::member, Difference::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PreSignUp", Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("PostAuthentication", Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("PreTokenGeneration", Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("CustomEmailSender", Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("KMSKeyID", Change.REMOVED));
  }

  @Test
  void namesEachAddedChangedAndRemovedSlotWithBothValues() {
    Report report =
        TriggerDrift.check(
            declared(),
            event(
                d -> {
                  ObjectNode config = lambdaConfig(d);
                  config.put("preSignUp", FN + "attacker");
                  config.remove("postAuthentication");
                  config.put("userMigration", FN + "migration");
                  ((ObjectNode) config.get("preTokenGenerationConfig"))
                      .put("lambdaVersion", "V1_0");
                  config.put("kMSKeyID", "arn:aws:kms:eu-west-1:123456789012:key/other");
                }));

    assertThat(report.status()).isEqualTo(Status.DRIFTED);
    assertThat(report.differences())
        .containsExactly(
            new Difference("PreSignUp", Change.CHANGED, FN + "pre-sign-up", FN + "attacker"),
            new Difference("PostAuthentication", Change.REMOVED, FN + "audit", null),
            new Difference(
                "PreTokenGeneration", Change.CHANGED, FN + "tokens@V2_0", FN + "tokens@V1_0"),
            new Difference("UserMigration", Change.ADDED, null, FN + "migration"),
            new Difference(
                "KMSKeyID", Change.CHANGED, KEY, "arn:aws:kms:eu-west-1:123456789012:key/other"));
  }

  @Test
  void aFailedCallChangedNothing() {
    Report report =
        TriggerDrift.check(
            declared(),
            event(
                d -> {
                  d.put("errorCode", "AccessDeniedException");
                  d.put(
                      "errorMessage",
                      "User is not authorized to perform: cognito-idp:UpdateUserPool");
                  ((ObjectNode) d.get("requestParameters")).remove("lambdaConfig");
                }));

    assertThat(report.status()).isEqualTo(Status.FAILED_CALL);
    assertThat(report.differences()).isEmpty();
  }

  @Test
  void aHiddenTriggerCannotBeCompared() {
    Report report =
        TriggerDrift.check(
            declared(),
            event(d -> lambdaConfig(d).put("preSignUp", "HIDDEN_DUE_TO_SECURITY_REASONS")));

    assertThat(report.status()).isEqualTo(Status.HIDDEN);
  }

  @Test
  void anotherPoolsUpdateIsNotThisPoolsDrift() {
    Report report =
        TriggerDrift.check(
            declared(),
            event(
                d ->
                    ((ObjectNode) d.get("requestParameters"))
                        .put("userPoolId", "eu-west-1_Other0001")));

    assertThat(report.status()).isEqualTo(Status.OTHER_POOL);
    assertThat(report.userPoolId()).isEqualTo("eu-west-1_Other0001");
  }

  @Test
  void onlyUpdateUserPoolCallsAreChecked() {
    assertThatThrownBy(
            () -> TriggerDrift.check(declared(), event(d -> d.put("eventName", "DeleteUserPool"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not UpdateUserPool");
  }
}
