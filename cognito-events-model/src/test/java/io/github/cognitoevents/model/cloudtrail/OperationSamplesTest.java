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
 * typed operations, checked against the reference schema (typed fields, nothing left in
 * unknownFields but explicit nulls, exact round trip).
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
        UserPoolClientResponse.class,
        r -> {
          UpdateUserPoolClientRequest q = r.request(UpdateUserPoolClientRequest.class).get();
          assertThat(q.callbackUrls()).containsExactly("https://app.example.com/callback");
          assertThat(q.defaultRedirectUri()).isEqualTo("https://app.example.com/callback");
          assertThat(q.allowedOAuthFlowsUserPoolClient()).isTrue();
          assertThat(q.tokenValidityUnits().refreshToken()).isEqualTo("days");
          assertThat(q.refreshTokenValidity()).isEqualTo(30);
          UserPoolClient c = r.response(UserPoolClientResponse.class).get().userPoolClient();
          assertThat(c.clientId()).isEqualTo(CLIENT);
          assertThat(c.lastModifiedDate()).isEqualTo("Nov 20, 2026 9:15:02 AM");
          assertThat(c.explicitAuthFlowsEnums())
              .containsExactly(
                  ExplicitAuthFlow.ALLOW_USER_SRP_AUTH, ExplicitAuthFlow.ALLOW_REFRESH_TOKEN_AUTH);
          assertThat(q.allowedOAuthFlowsEnums()).containsExactly(OAuthFlow.CODE);
        });
    expect(
        "delete-user-pool-client",
        CognitoOperation.DELETE_USER_POOL_CLIENT,
        DeleteUserPoolClientRequest.class,
        null,
        r ->
            assertThat(r.request(DeleteUserPoolClientRequest.class).get().clientId())
                .isEqualTo(CLIENT));
    expect(
        "create-user-pool-client",
        CognitoOperation.CREATE_USER_POOL_CLIENT,
        CreateUserPoolClientRequest.class,
        UserPoolClientResponse.class,
        r -> {
          assertThat(r.request(CreateUserPoolClientRequest.class).get().generateSecret()).isTrue();
          UserPoolClient c = r.response(UserPoolClientResponse.class).get().userPoolClient();
          assertThat(c.clientSecret().isRedacted()).isFalse();
          assertThat(c.toString()).doesNotContain("1q2w3e4r").contains("clientSecret=***");
          assertThat(r.userPoolClient()).contains(new UserPoolClientRef(POOL, CLIENT));
        });
    expect(
        "create-user-pool",
        CognitoOperation.CREATE_USER_POOL,
        CreateUserPoolRequest.class,
        UserPoolResponse.class,
        r -> {
          CreateUserPoolRequest q = r.request(CreateUserPoolRequest.class).get();
          assertThat(q.poolName()).isEqualTo("customers");
          assertThat(q.lambdaConfig().preSignUp()).endsWith(":function:pre-sign-up");
          assertThat(q.lambdaConfig().preTokenGenerationConfig().path("lambdaVersion").asText())
              .isEqualTo("V2_0");
          assertThat(q.schema()).extracting(SchemaAttribute::name).containsExactly("tenant_id");
          assertThat(q.userPoolTags()).containsEntry("team", "identity");
          assertThat(q.policies().passwordPolicy().minimumLength()).isEqualTo(12);
          assertThat(q.policies().passwordPolicy().requireSymbols()).isFalse();
          assertThat(q.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
          UserPool pool = r.response(UserPoolResponse.class).get().userPool();
          assertThat(pool.id()).isEqualTo(POOL);
          assertThat(pool.estimatedNumberOfUsers()).isZero();
          assertThat(pool.deletionProtectionEnum()).isEqualTo(DeletionProtection.ACTIVE);
          assertThat(pool.userPoolTierEnum()).isEqualTo(UserPoolTier.ESSENTIALS);
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
          assertThat(q.mfaConfigurationEnum()).isEqualTo(MfaConfiguration.ON);
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
        UserResponse.class,
        r -> {
          AdminCreateUserRequest q = r.request(AdminCreateUserRequest.class).get();
          assertThat(q.username().isRedacted()).isTrue();
          assertThat(q.userAttributes().isRedacted()).isTrue();
          assertThat(q.temporaryPassword().isRedacted()).isTrue();
          assertThat(q.messageAction()).isEqualTo("SUPPRESS");
          User user = r.response(UserResponse.class).get().user();
          assertThat(user.userStatusEnum()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
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
        AuthResponse.class,
        r -> {
          AdminInitiateAuthRequest q = r.request(AdminInitiateAuthRequest.class).get();
          assertThat(q.authFlowEnum()).isEqualTo(AuthFlow.ADMIN_USER_PASSWORD_AUTH);
          assertThat(q.authParameters())
              .isEqualTo(Redactable.redacted("HIDDEN_DUE_TO_SECURITY_REASONS"));
          AuthResponse a = r.response(AuthResponse.class).get();
          assertThat(a.authenticationResult().expiresIn()).isEqualTo(3600);
          assertThat(a.authenticationResult().accessToken().isRedacted()).isTrue();
          assertThat(a.challengeParameters().orElse(null)).isEmpty();
        });
    expect(
        "admin-respond-to-auth-challenge",
        CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE,
        AdminRespondToAuthChallengeRequest.class,
        AuthResponse.class,
        r -> {
          AdminRespondToAuthChallengeRequest q =
              r.request(AdminRespondToAuthChallengeRequest.class).get();
          assertThat(q.challengeNameEnum()).isEqualTo(ChallengeName.NEW_PASSWORD_REQUIRED);
          assertThat(q.challengeResponses().isRedacted()).isTrue();
          assertThat(q.session().isRedacted()).isTrue();
          assertThat(r.response(AuthResponse.class).get().authenticationResult().tokenType())
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
        ResourceServerResponse.class,
        r -> {
          assertThat(r.request(CreateResourceServerRequest.class).get().scopes())
              .extracting(ResourceServerScope::scopeName)
              .containsExactly("orders.read", "orders.write");
          assertThat(r.response(ResourceServerResponse.class).get().resourceServer().identifier())
              .isEqualTo("https://api.example.com/orders");
        });
    expect(
        "update-resource-server",
        CognitoOperation.UPDATE_RESOURCE_SERVER,
        UpdateResourceServerRequest.class,
        ResourceServerResponse.class,
        r -> {
          assertThat(r.request(UpdateResourceServerRequest.class).get().name())
              .isEqualTo("orders-api-v2");
          assertThat(r.response(ResourceServerResponse.class).get().resourceServer().scopes())
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
        MfaConfigResponse.class,
        r -> {
          SetUserPoolMfaConfigRequest q = r.request(SetUserPoolMfaConfigRequest.class).get();
          assertThat(q.softwareTokenMfaConfiguration().enabled()).isTrue();
          assertThat(q.emailMfaConfiguration().subject()).isEqualTo("Your sign-in code");
          assertThat(r.response(MfaConfigResponse.class).get().mfaConfiguration())
              .isEqualTo("OPTIONAL");
        });
    expect(
        "create-identity-provider",
        CognitoOperation.CREATE_IDENTITY_PROVIDER,
        CreateIdentityProviderRequest.class,
        IdentityProviderResponse.class,
        r -> {
          CreateIdentityProviderRequest q = r.request(CreateIdentityProviderRequest.class).get();
          assertThat(q.providerTypeEnum()).isEqualTo(IdentityProviderType.OIDC);
          assertThat(q.providerDetails().orElse(Map.of())).containsKey("client_secret");
          assertThat(q.toString()).doesNotContain("s3cr3t");
          IdentityProvider p = r.response(IdentityProviderResponse.class).get().identityProvider();
          assertThat(p.attributeMapping()).containsEntry("username", "sub");
          assertThat(p.toString()).doesNotContain("s3cr3t");
        });
    expect(
        "update-identity-provider",
        CognitoOperation.UPDATE_IDENTITY_PROVIDER,
        UpdateIdentityProviderRequest.class,
        IdentityProviderResponse.class,
        r ->
            assertThat(
                    r.response(IdentityProviderResponse.class)
                        .get()
                        .identityProvider()
                        .lastModifiedDate())
                .isEqualTo("Nov 21, 2026 8:00:00 AM"));
    expect(
        "set-risk-configuration",
        CognitoOperation.SET_RISK_CONFIGURATION,
        SetRiskConfigurationRequest.class,
        RiskConfigurationResponse.class,
        r -> {
          SetRiskConfigurationRequest q = r.request(SetRiskConfigurationRequest.class).get();
          assertThat(q.riskExceptionConfiguration().blockedIpRangeList())
              .containsExactly("198.51.100.0/24");
          assertThat(
                  r.response(RiskConfigurationResponse.class)
                      .get()
                      .riskConfiguration()
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
                .extracting(SchemaAttribute::attributeDataType)
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
        .containsExactlyInAnyOrderElementsOf(Operations.typed())
        .hasSize(19);
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
