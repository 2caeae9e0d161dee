package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CognitoOperationTest {

  @Test
  void listsEveryOperationOfBothServicesPlusUnknown() {
    // the AWS SDK for Java v2 2.59.1: 140 cognito-idp and 23 cognito-identity operations, three
    // names in both (TagResource, UntagResource, ListTagsForResource)
    assertThat(CognitoOperation.values()).hasSize(164);
    assertThat(
            Arrays.stream(CognitoOperation.values())
                .filter(o -> o.service() == CognitoService.USER_POOLS))
        .hasSize(140);
    assertThat(
            Arrays.stream(CognitoOperation.values())
                .filter(o -> o.service() == CognitoService.IDENTITY_POOLS))
        .hasSize(23);
    assertThat(
            Arrays.stream(CognitoOperation.values())
                .filter(o -> o != CognitoOperation.UNKNOWN)
                .map(CognitoOperation::apiName)
                .distinct())
        .hasSize(160);
    assertThat(CognitoOperation.CREATE_USER_POOL_REPLICA.requestType())
        .isEqualTo(CreateUserPoolReplicaRequest.class);
    assertThat(CognitoOperation.SET_USER_POOL_SESSION_CONFIGURATION.service())
        .isEqualTo(CognitoService.USER_POOLS);
    assertThat(CognitoOperation.UPDATE_PROVISIONED_LIMIT.isReadOnly()).isFalse();
  }

  @Test
  void tellsTheServicesApartByEventSource() {
    assertThat(CognitoOperation.of("cognito-identity.amazonaws.com", "TagResource"))
        .isEqualTo(CognitoOperation.IDENTITY_POOL_TAG_RESOURCE);
    assertThat(CognitoOperation.of("cognito-idp.amazonaws.com", "TagResource"))
        .isEqualTo(CognitoOperation.TAG_RESOURCE);
    assertThat(CognitoOperation.fromEventName("TagResource"))
        .isEqualTo(CognitoOperation.TAG_RESOURCE);
    assertThat(CognitoOperation.IDENTITY_POOL_TAG_RESOURCE.requestType())
        .isEqualTo(IdentityPoolTagResourceRequest.class);
    assertThat(CognitoOperation.of("s3.amazonaws.com", "GetId"))
        .isEqualTo(CognitoOperation.UNKNOWN);
    assertThat(CognitoOperation.DELETE_USER_POOL_CLIENT.responseType()).isEmpty();
    assertThat(CognitoOperation.UPDATE_USER_POOL_CLIENT.responseType())
        .contains(UpdateUserPoolClientResponse.class);
  }

  @Test
  void mapsEventNamesBothWays() {
    for (CognitoOperation operation : CognitoOperation.values()) {
      if (operation != CognitoOperation.UNKNOWN) {
        assertThat(CognitoOperation.of(operation.service().eventSource(), operation.apiName()))
            .isSameAs(operation);
        assertThat(operation.eventName()).isEqualTo(operation.apiName());
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
    assertThat(CognitoOperation.GET_ID.isReadOnly()).isFalse();
    assertThat(CognitoOperation.LOOKUP_DEVELOPER_IDENTITY.isReadOnly()).isTrue();
    for (CognitoOperation operation : CognitoOperation.values()) {
      String name = operation.apiName() == null ? "" : operation.apiName();
      boolean query =
          name.matches("(Admin)?(Describe|Get|List|Lookup).*")
              && !name.equals("GetTokensFromRefreshToken")
              && !name.equals("GetUserAttributeVerificationCode")
              && !name.equals("GetId")
              && !name.equals("GetOpenIdTokenForDeveloperIdentity");
      assertThat(operation.isReadOnly()).as(name).isEqualTo(query);
    }
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
        .allSatisfy(o -> assertThat(o.apiName()).matches("(Describe|Get|List).*"));
  }

  @Test
  void keepsCognitosOwnUnknownStatusApartFromUnrecognisedValues() {
    assertThat(UserStatus.fromValue("UNKNOWN")).isEqualTo(UserStatus.UNKNOWN_STATUS);
    assertThat(UserStatusType.fromValue("UNKNOWN")).isEqualTo(UserStatusType.UNKNOWN_STATUS);
    assertThat(UserStatusType.fromValue("SOMETHING_NEW")).isEqualTo(UserStatusType.UNKNOWN);
    assertThat(UserStatus.fromValue("SOMETHING_NEW")).isEqualTo(UserStatus.UNKNOWN);
    assertThat(IdentityType.fromValue("Unknown")).isEqualTo(IdentityType.UNKNOWN_PRINCIPAL);
    assertThat(EventType.fromValue("AwsServiceEvent")).isEqualTo(EventType.AWS_SERVICE_EVENT);
  }
}
