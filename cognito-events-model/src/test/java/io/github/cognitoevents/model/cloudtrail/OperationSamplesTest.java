package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The synthetic samples in {@code operations/}: one success and one failure for each of the 19
 * operations the library first typed by hand (now generated), checked against the reference schema
 * (typed fields, nothing left in unknownFields but explicit nulls, exact round trip).
 */
class OperationSamplesTest {

  private static final String POOL = "us-east-1_Ex4mpLe12";
  private static final String CLIENT = "4a1b2c3d4e5f6g7h8i9j0k1l2m";

  /** Per operation: sample file stem, request type, response type (null: none), typed checks. */
  private record Expectation(
      String file,
      CognitoOperation operation,
      Class<? extends RequestParameters> requestType,
      Class<? extends ResponseElements> responseType,
      Consumer<CloudTrailRecord> successChecks) {}

  private static final Map<String, Expectation> EXPECTATIONS = new LinkedHashMap<>();

  private static void expect(
      String file,
      CognitoOperation operation,
      Class<? extends RequestParameters> requestType,
      Class<? extends ResponseElements> responseType,
      Consumer<CloudTrailRecord> checks) {
    EXPECTATIONS.put(file, new Expectation(file, operation, requestType, responseType, checks));
  }

  static {
    expect(
        "update-user-pool-client",
        CognitoOperation.UPDATE_USER_POOL_CLIENT,
        UpdateUserPoolClientRequest.class,
        UpdateUserPoolClientResponse.class,
        r -> {
          UpdateUserPoolClientRequest q = r.request(UpdateUserPoolClientRequest.class).get();
          assertThat(q.callbackURLs()).containsExactly("https://app.example.com/callback");
          assertThat(q.defaultRedirectURI()).isEqualTo("https://app.example.com/callback");
          assertThat(q.allowedOAuthFlowsUserPoolClient()).isTrue();
          assertThat(q.tokenValidityUnits().refreshToken()).isEqualTo("days");
          assertThat(q.refreshTokenValidity()).isEqualTo(30);
          UserPoolClientType c =
              r.response(UpdateUserPoolClientResponse.class).get().userPoolClient().orElse(null);
          assertThat(c.clientId().orElse(null)).isEqualTo(CLIENT);
          assertThat(c.lastModifiedDate()).isEqualTo("Nov 20, 2026 9:15:02 AM");
          assertThat(c.explicitAuthFlowsEnums())
              .containsExactly(
                  ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                  ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
          assertThat(q.allowedOAuthFlowsEnums()).containsExactly(OAuthFlowType.CODE);
        });
    expect(
        "delete-user-pool-client",
        CognitoOperation.DELETE_USER_POOL_CLIENT,
        DeleteUserPoolClientRequest.class,
        null,
        r ->
            assertThat(r.request(DeleteUserPoolClientRequest.class).get().clientId())
                .isEqualTo(Redactable.of(CLIENT)));
    expect(
        "create-user-pool-client",
        CognitoOperation.CREATE_USER_POOL_CLIENT,
        CreateUserPoolClientRequest.class,
        CreateUserPoolClientResponse.class,
        r -> {
          assertThat(r.request(CreateUserPoolClientRequest.class).get().generateSecret()).isTrue();
          UserPoolClientType c =
              r.response(CreateUserPoolClientResponse.class).get().userPoolClient().orElse(null);
          assertThat(c.clientSecret().isRedacted()).isFalse();
          assertThat(c.toString()).doesNotContain("1q2w3e4r").contains("clientSecret=***");
          assertThat(r.userPoolClient()).contains(new UserPoolClientRef(POOL, CLIENT));
        });
    expect(
        "create-user-pool",
        CognitoOperation.CREATE_USER_POOL,
        CreateUserPoolRequest.class,
        CreateUserPoolResponse.class,
        r -> {
          CreateUserPoolRequest q = r.request(CreateUserPoolRequest.class).get();
          assertThat(q.poolName()).isEqualTo("customers");
          assertThat(q.lambdaConfig().preSignUp()).endsWith(":function:pre-sign-up");
          assertThat(q.lambdaConfig().preTokenGenerationConfig().lambdaVersionEnum())
              .isEqualTo(PreTokenGenerationLambdaVersionType.V2_0);
          assertThat(q.schema()).extracting(SchemaAttributeType::name).containsExactly("tenant_id");
          assertThat(q.userPoolTags()).containsEntry("team", "identity");
          assertThat(q.policies().passwordPolicy().minimumLength()).isEqualTo(12);
          assertThat(q.policies().passwordPolicy().requireSymbols()).isFalse();
          assertThat(q.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
          UserPoolType pool = r.response(CreateUserPoolResponse.class).get().userPool();
          assertThat(pool.id()).isEqualTo(POOL);
          assertThat(pool.estimatedNumberOfUsers()).isZero();
          assertThat(pool.deletionProtectionEnum()).isEqualTo(DeletionProtectionType.ACTIVE);
          assertThat(pool.userPoolTierEnum()).isEqualTo(UserPoolTierType.ESSENTIALS);
          assertThat(pool.schemaAttributes().get(0).mutable()).isTrue();
        });
    expect(
        "update-user-pool",
        CognitoOperation.UPDATE_USER_POOL,
        UpdateUserPoolRequest.class,
        null,
        r -> {
          UpdateUserPoolRequest q = r.request(UpdateUserPoolRequest.class).get();
          assertThat(q.deletionProtection()).isEqualTo("INACTIVE");
          assertThat(q.mfaConfigurationEnum()).isEqualTo(UserPoolMfaType.ON);
          assertThat(q.policies().passwordPolicy().temporaryPasswordValidityDays()).isEqualTo(7);
          assertThat(q.lambdaConfig().postConfirmation()).endsWith(":function:post-confirmation");
        });
    expect(
        "delete-user-pool",
        CognitoOperation.DELETE_USER_POOL,
        DeleteUserPoolRequest.class,
        null,
        r -> assertThat(r.userPoolId()).contains(POOL));
    expect(
        "admin-create-user",
        CognitoOperation.ADMIN_CREATE_USER,
        AdminCreateUserRequest.class,
        AdminCreateUserResponse.class,
        r -> {
          AdminCreateUserRequest q = r.request(AdminCreateUserRequest.class).get();
          assertThat(q.username().isRedacted()).isTrue();
          assertThat(q.userAttributes().isRedacted()).isTrue();
          assertThat(q.temporaryPassword().isRedacted()).isTrue();
          assertThat(q.messageAction()).isEqualTo("SUPPRESS");
          UserType user = r.response(AdminCreateUserResponse.class).get().user().orElse(null);
          assertThat(user.userStatusEnum()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
          assertThat(user.enabled()).isTrue();
          assertThat(r.userSub()).contains("8f4e2a1c-3b5d-4e6f-9a7b-0c1d2e3f4a5b");
        });
    expect(
        "admin-delete-user",
        CognitoOperation.ADMIN_DELETE_USER,
        AdminDeleteUserRequest.class,
        null,
        r -> {
          assertThat(r.request(AdminDeleteUserRequest.class).get().username().orElse("hidden"))
              .isEqualTo("hidden");
          assertThat(r.userSub()).isPresent();
        });
    expect(
        "admin-initiate-auth",
        CognitoOperation.ADMIN_INITIATE_AUTH,
        AdminInitiateAuthRequest.class,
        AdminInitiateAuthResponse.class,
        r -> {
          AdminInitiateAuthRequest q = r.request(AdminInitiateAuthRequest.class).get();
          assertThat(q.authFlowEnum()).isEqualTo(AuthFlowType.ADMIN_USER_PASSWORD_AUTH);
          assertThat(q.authParameters())
              .isEqualTo(Redactable.redacted("HIDDEN_DUE_TO_SECURITY_REASONS"));
          AdminInitiateAuthResponse a = r.response(AdminInitiateAuthResponse.class).get();
          AuthenticationResultType result = a.authenticationResult().orElse(null);
          assertThat(result.expiresIn()).isEqualTo(3600);
          assertThat(result.accessToken().isRedacted()).isTrue();
          assertThat(a.challengeParameters().orElse(null)).isEmpty();
        });
    expect(
        "admin-respond-to-auth-challenge",
        CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE,
        AdminRespondToAuthChallengeRequest.class,
        AdminRespondToAuthChallengeResponse.class,
        r -> {
          AdminRespondToAuthChallengeRequest q =
              r.request(AdminRespondToAuthChallengeRequest.class).get();
          assertThat(q.challengeNameEnum()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
          assertThat(q.challengeResponses().isRedacted()).isTrue();
          assertThat(q.session().isRedacted()).isTrue();
          assertThat(
                  r.response(AdminRespondToAuthChallengeResponse.class)
                      .get()
                      .authenticationResult()
                      .orElse(null)
                      .tokenType())
              .isEqualTo("Bearer");
        });
    expect(
        "admin-add-user-to-group",
        CognitoOperation.ADMIN_ADD_USER_TO_GROUP,
        AdminAddUserToGroupRequest.class,
        null,
        r ->
            assertThat(r.request(AdminAddUserToGroupRequest.class).get().groupName())
                .isEqualTo("admins"));
    expect(
        "create-resource-server",
        CognitoOperation.CREATE_RESOURCE_SERVER,
        CreateResourceServerRequest.class,
        CreateResourceServerResponse.class,
        r -> {
          assertThat(r.request(CreateResourceServerRequest.class).get().scopes())
              .extracting(ResourceServerScopeType::scopeName)
              .containsExactly("orders.read", "orders.write");
          assertThat(
                  r.response(CreateResourceServerResponse.class)
                      .get()
                      .resourceServer()
                      .identifier())
              .isEqualTo("https://api.example.com/orders");
        });
    expect(
        "update-resource-server",
        CognitoOperation.UPDATE_RESOURCE_SERVER,
        UpdateResourceServerRequest.class,
        UpdateResourceServerResponse.class,
        r -> {
          assertThat(r.request(UpdateResourceServerRequest.class).get().name())
              .isEqualTo("orders-api-v2");
          assertThat(r.response(UpdateResourceServerResponse.class).get().resourceServer().scopes())
              .hasSize(1);
        });
    expect(
        "delete-resource-server",
        CognitoOperation.DELETE_RESOURCE_SERVER,
        DeleteResourceServerRequest.class,
        null,
        r ->
            assertThat(r.request(DeleteResourceServerRequest.class).get().identifier())
                .isEqualTo("https://api.example.com/orders"));
    expect(
        "set-user-pool-mfa-config",
        CognitoOperation.SET_USER_POOL_MFA_CONFIG,
        SetUserPoolMfaConfigRequest.class,
        SetUserPoolMfaConfigResponse.class,
        r -> {
          SetUserPoolMfaConfigRequest q = r.request(SetUserPoolMfaConfigRequest.class).get();
          assertThat(q.softwareTokenMfaConfiguration().enabled()).isTrue();
          assertThat(q.emailMfaConfiguration().subject()).isEqualTo("Your sign-in code");
          assertThat(r.response(SetUserPoolMfaConfigResponse.class).get().mfaConfiguration())
              .isEqualTo("OPTIONAL");
        });
    expect(
        "create-identity-provider",
        CognitoOperation.CREATE_IDENTITY_PROVIDER,
        CreateIdentityProviderRequest.class,
        CreateIdentityProviderResponse.class,
        r -> {
          CreateIdentityProviderRequest q = r.request(CreateIdentityProviderRequest.class).get();
          assertThat(q.providerTypeEnum()).isEqualTo(IdentityProviderTypeType.OIDC);
          assertThat(q.providerDetails().orElse(Map.of())).containsKey("client_secret");
          assertThat(q.toString()).doesNotContain("s3cr3t");
          IdentityProviderType p =
              r.response(CreateIdentityProviderResponse.class)
                  .get()
                  .identityProvider()
                  .orElse(null);
          assertThat(p.attributeMapping()).containsEntry("username", "sub");
          assertThat(p.toString()).doesNotContain("s3cr3t");
        });
    expect(
        "update-identity-provider",
        CognitoOperation.UPDATE_IDENTITY_PROVIDER,
        UpdateIdentityProviderRequest.class,
        UpdateIdentityProviderResponse.class,
        r ->
            assertThat(
                    r.response(UpdateIdentityProviderResponse.class)
                        .get()
                        .identityProvider()
                        .orElse(null)
                        .lastModifiedDate())
                .isEqualTo("Nov 21, 2026 8:00:00 AM"));
    expect(
        "set-risk-configuration",
        CognitoOperation.SET_RISK_CONFIGURATION,
        SetRiskConfigurationRequest.class,
        SetRiskConfigurationResponse.class,
        r -> {
          SetRiskConfigurationRequest q = r.request(SetRiskConfigurationRequest.class).get();
          assertThat(q.riskExceptionConfiguration().blockedIPRangeList())
              .containsExactly("198.51.100.0/24");
          assertThat(
                  r.response(SetRiskConfigurationResponse.class)
                      .get()
                      .riskConfiguration()
                      .orElse(null)
                      .lastModifiedDate())
              .isNotBlank();
        });
    expect(
        "add-custom-attributes",
        CognitoOperation.ADD_CUSTOM_ATTRIBUTES,
        AddCustomAttributesRequest.class,
        null,
        r ->
            assertThat(r.request(AddCustomAttributesRequest.class).get().customAttributes())
                .extracting(SchemaAttributeType::attributeDataType)
                .containsExactly("String"));
  }

  static Stream<Arguments> samples() {
    return EXPECTATIONS.values().stream()
        .flatMap(e -> Stream.of(Arguments.of(e.file(), true), Arguments.of(e.file(), false)));
  }

  private static String resource(String file, boolean success) {
    return "cloudtrail/operations/" + file + (success ? "-success" : "-failure") + ".json";
  }

  @Test
  void coversEveryTypedOperation() {
    assertThat(EXPECTATIONS.values())
        .extracting(Expectation::operation)
        .hasSize(19)
        .allSatisfy(op -> assertThat(op.requestType()).isNotNull());
  }

  @ParameterizedTest(name = "{0} success={1}")
  @MethodSource("samples")
  void parsesTheSampleIntoTypedParametersWithNothingUnknown(String file, boolean success) {
    Expectation e = EXPECTATIONS.get(file);
    String json = Samples.text(resource(file, success));

    CognitoEvent parsed = CognitoEvents.parse(json);

    assertThat(parsed).isInstanceOf(CognitoEvent.CloudTrailViaEventBridge.class);
    EventBridgeEvent<CloudTrailRecord> event =
        ((CognitoEvent.CloudTrailViaEventBridge) parsed).event();
    assertThat(event.detailType()).isEqualTo(EventBridgeEvent.API_CALL_VIA_CLOUDTRAIL);
    CloudTrailRecord record = event.detail();
    assertThat(record.operation()).isEqualTo(e.operation());
    assertThat(record.eventTypeEnum()).isEqualTo(EventType.AWS_API_CALL);
    assertThat(record.eventCategoryEnum()).isEqualTo(EventCategory.MANAGEMENT);
    assertThat(record.userIdentity().typeEnum()).isEqualTo(IdentityType.ASSUMED_ROLE);
    assertThat(record.userIdentity().sessionContext().attributes().isMfaAuthenticated()).isTrue();
    assertThat(record.tlsDetails().tlsVersion()).isEqualTo("TLSv1.3");
    assertThat(record.eventTime()).isEqualTo(event.time());
    assertThat(record.requestParameters()).isInstanceOf(e.requestType());
    if (success || e.operation() != CognitoOperation.CREATE_USER_POOL) {
      assertThat(record.userPoolId()).contains(POOL);
    } else {
      assertThat(record.userPoolId()).isEmpty();
    }
    assertThat(UnknownFields.nonNull(event)).isEmpty();

    if (success) {
      assertThat(record.isFailed()).isFalse();
      if (e.responseType() == null) {
        assertThat(record.responseElements()).isNull();
      } else {
        assertThat(record.responseElements()).isInstanceOf(e.responseType());
      }
      e.successChecks().accept(record);
    } else {
      assertThat(record.isFailed()).isTrue();
      assertThat(record.errorCode()).endsWith("Exception");
      assertThat(record.errorMessage()).isNotBlank();
      assertThat(record.responseElements()).isNull();
      assertThat(record.unknownFields()).containsOnlyKeys("responseElements");
    }
  }

  @ParameterizedTest(name = "{0} success={1}")
  @MethodSource("samples")
  void roundTripsTheSampleToTheSameTree(String file, boolean success) throws Exception {
    String json = Samples.text(resource(file, success));
    JsonNode expected = Samples.MAPPER.readTree(json);

    CognitoEvent parsed = CognitoEvents.parse(json);

    assertThat(Samples.MAPPER.readTree(parsed.toJson().toString())).isEqualTo(expected);
    assertThat(CognitoEvents.parse(expected).toJson()).isEqualTo(expected);
  }
}
