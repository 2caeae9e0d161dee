package io.github.cognitoevents.sdkbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.testkit.generate.EventGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

class CognitoSdkBridgeTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(value = CognitoOperation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyOperationsRequestAndResponseBecomeTheSdksObjectsWithEveryMemberSetAndComeBack(
      CognitoOperation op) {
    CloudTrailRecord record =
        CognitoEvents.parse(EventGenerator.seeded(op.ordinal()).nextJson(op, false))
            .cloudTrailRecord()
            .orElseThrow();

    SdkRequest request = CognitoSdkBridge.toSdkRequest(record.requestParameters());

    assertThat(request.getClass().getSimpleName())
        .isEqualTo(CognitoSdkBridge.sdkType(op.requestType()).getSimpleName());
    everyFieldSet(request, op.apiName());
    Object back = CognitoSdkBridge.fromSdk(request, op.requestType());
    assertThat(
            CognitoSdkBridge.toSdkRequest(
                (io.github.cognitoevents.model.cloudtrail.RequestParameters) back))
        .isEqualTo(request);
    if (record.responseElements() != null) {
      SdkResponse response = CognitoSdkBridge.toSdkResponse(record.responseElements());
      everyFieldSet(response, op.apiName() + " response");
      Object responseBack = CognitoSdkBridge.fromSdk(response, op.responseType().orElseThrow());
      assertThat(
              CognitoSdkBridge.toSdkResponse(
                  (io.github.cognitoevents.model.cloudtrail.ResponseElements) responseBack))
          .isEqualTo(response);
    }
  }

  @Test
  void convertsTheValuesOfARealEvent() throws Exception {
    ObjectNode event =
        (ObjectNode)
            MAPPER.readTree(
                EventGenerator.seeded(1).nextJson(CognitoOperation.UPDATE_USER_POOL_CLIENT, false));
    ObjectNode request = (ObjectNode) event.at("/detail/requestParameters");
    request.put("clientId", "4a1b2c3d4e5f6g7h8i9j0k1l2m");
    request.putArray("callbackURLs").add("https://app.example.com/callback");
    request.put("refreshTokenValidity", "30");
    request.put("allowedOAuthFlowsUserPoolClient", "true");
    UpdateUserPoolClientRequest typed =
        CognitoEvents.parse(event)
            .cloudTrailRecord()
            .orElseThrow()
            .request(UpdateUserPoolClientRequest.class)
            .orElseThrow();

    software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest sdk =
        CognitoSdkBridge.toSdk(
            typed,
            software.amazon.awssdk.services.cognitoidentityprovider.model
                .UpdateUserPoolClientRequest.class);

    assertThat(sdk.clientId()).isEqualTo("4a1b2c3d4e5f6g7h8i9j0k1l2m");
    assertThat(sdk.callbackURLs()).containsExactly("https://app.example.com/callback");
    assertThat(sdk.refreshTokenValidity()).isEqualTo(30);
    assertThat(sdk.allowedOAuthFlowsUserPoolClient()).isTrue();
  }

  @Test
  void leavesHiddenMembersUnsetAndReadsTimestamps() throws Exception {
    ObjectNode event =
        (ObjectNode)
            MAPPER.readTree(
                EventGenerator.seeded(2).nextJson(CognitoOperation.ADMIN_CREATE_USER, false));
    ((ObjectNode) event.at("/detail/requestParameters"))
        .put("username", "HIDDEN_DUE_TO_SECURITY_REASONS")
        .put("userAttributes", "HIDDEN_DUE_TO_SECURITY_REASONS");
    ((ObjectNode) event.at("/detail/responseElements/user"))
        .put("userCreateDate", "Nov 20, 2026 9:15:02 AM");
    CloudTrailRecord record = CognitoEvents.parse(event).cloudTrailRecord().orElseThrow();

    var request =
        (software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest)
            CognitoSdkBridge.toSdkRequest(record.requestParameters());
    var response =
        (software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse)
            CognitoSdkBridge.toSdkResponse(record.responseElements());

    assertThat(request.username()).isNull();
    assertThat(request.hasUserAttributes()).isFalse();
    assertThat(request.userPoolId()).isNotNull();
    assertThat(response.user().userCreateDate()).isEqualTo(Instant.parse("2026-11-20T09:15:02Z"));
  }

  @Test
  void namesTheMemberWhoseValueDoesNotFitButNotTheValue() throws Exception {
    ObjectNode event =
        (ObjectNode)
            MAPPER.readTree(
                EventGenerator.seeded(3).nextJson(CognitoOperation.ADMIN_CREATE_USER, false));
    ((ObjectNode) event.at("/detail/responseElements/user"))
        .put("userCreateDate", "sometime-SECRET-ish");
    CloudTrailRecord record = CognitoEvents.parse(event).cloudTrailRecord().orElseThrow();

    assertThatThrownBy(() -> CognitoSdkBridge.toSdkResponse(record.responseElements()))
        .isInstanceOf(SdkConversionException.class)
        .hasMessage("'AdminCreateUserResponse.user.userCreateDate' is not a timestamp")
        .hasMessageNotContaining("SECRET");
    assertThatThrownBy(() -> CognitoSdkBridge.toSdk("not a record"))
        .isInstanceOf(SdkConversionException.class)
        .hasMessageContaining("java.lang.String is not a generated CloudTrail record");
    assertThatThrownBy(
            () ->
                CognitoSdkBridge.fromSdk(
                    software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest
                        .builder()
                        .build(),
                    UpdateUserPoolClientRequest.class))
        .isInstanceOf(SdkConversionException.class)
        .hasMessageContaining("corresponds to");
  }

  /** Every member the SDK defines is set, at every depth. */
  private static void everyFieldSet(SdkPojo pojo, String path) {
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      assertThat(value).as("%s.%s", path, field.memberName()).isNotNull();
      if (value instanceof Collection<?> c) {
        assertThat(c).as("%s.%s", path, field.memberName()).isNotEmpty();
        c.forEach(v -> nested(v, path + "." + field.memberName()));
      } else if (value instanceof Map<?, ?> m) {
        assertThat(m).as("%s.%s", path, field.memberName()).isNotEmpty();
        m.values().forEach(v -> nested(v, path + "." + field.memberName()));
      } else {
        nested(value, path + "." + field.memberName());
      }
    }
  }

  private static void nested(Object value, String path) {
    if (value instanceof SdkPojo pojo) {
      everyFieldSet(pojo, path);
    }
  }
}
