package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CognitoOperationTest {

  @Test
  void listsAll129UserPoolOperationsPlusUnknown() {
    assertThat(CognitoOperation.values()).hasSize(130);
    assertThat(
            Arrays.stream(CognitoOperation.values())
                .filter(o -> o != CognitoOperation.UNKNOWN)
                .map(CognitoOperation::apiName)
                .distinct())
        .hasSize(129);
  }

  @Test
  void mapsEventNamesBothWays() {
    for (CognitoOperation operation : CognitoOperation.values()) {
      if (operation != CognitoOperation.UNKNOWN) {
        assertThat(CognitoOperation.fromEventName(operation.apiName())).isSameAs(operation);
      }
    }
    assertThat(CognitoOperation.fromEventName("Token_POST")).isEqualTo(CognitoOperation.UNKNOWN);
    assertThat(CognitoOperation.fromEventName(null)).isEqualTo(CognitoOperation.UNKNOWN);
    assertThat(CognitoOperation.ADMIN_SET_USER_MFA_PREFERENCE.apiName())
        .isEqualTo("AdminSetUserMFAPreference");
  }

  @Test
  void classifiesReadOnlyOperations() {
    assertThat(CognitoOperation.DESCRIBE_USER_POOL_CLIENT.isReadOnly()).isTrue();
    assertThat(CognitoOperation.ADMIN_GET_USER.isReadOnly()).isTrue();
    assertThat(CognitoOperation.ADMIN_LIST_GROUPS_FOR_USER.isReadOnly()).isTrue();
    assertThat(CognitoOperation.UPDATE_USER_POOL_CLIENT.isReadOnly()).isFalse();
    assertThat(CognitoOperation.GET_TOKENS_FROM_REFRESH_TOKEN.isReadOnly()).isFalse();
    assertThat(CognitoOperation.GET_USER_ATTRIBUTE_VERIFICATION_CODE.isReadOnly()).isFalse();
    assertThat(CognitoOperation.UNKNOWN.isReadOnly()).isFalse();
    assertThat(Arrays.stream(CognitoOperation.values()).filter(CognitoOperation::isReadOnly))
        .hasSize(41);
  }

  @Test
  void flagsTheOperationsEventBridgeWithholdsFromEnabledRules() {
    assertThat(CognitoOperation.LIST_USERS.needsAllManagementEventsRule()).isTrue();
    assertThat(CognitoOperation.GET_TOKENS_FROM_REFRESH_TOKEN.needsAllManagementEventsRule())
        .isTrue();
    assertThat(CognitoOperation.ADMIN_GET_USER.needsAllManagementEventsRule()).isFalse();
    assertThat(
            Arrays.stream(CognitoOperation.values())
                .filter(CognitoOperation::needsAllManagementEventsRule))
        .hasSize(37);
  }

  @Test
  void keepsCognitosOwnUnknownStatusApartFromUnrecognisedValues() {
    assertThat(UserStatus.fromValue("UNKNOWN")).isEqualTo(UserStatus.UNKNOWN_STATUS);
    assertThat(UserStatus.fromValue("SOMETHING_NEW")).isEqualTo(UserStatus.UNKNOWN);
    assertThat(IdentityType.fromValue("Unknown")).isEqualTo(IdentityType.UNKNOWN_PRINCIPAL);
    assertThat(EventType.fromValue("AwsServiceEvent")).isEqualTo(EventType.AWS_SERVICE_EVENT);
  }
}
