package io.github.cognitoevents.samples.triggers;

import io.github.cognitoevents.model.trigger.TriggerSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * System 3, the administrator user flow: an administrator creates a user with a temporary password
 * ({@code AdminCreateUser}), the user signs in with it ({@code AdminInitiateAuth}, answered with
 * the {@code NEW_PASSWORD_REQUIRED} challenge) and sets a new password ({@code
 * AdminRespondToAuthChallenge}), which returns the tokens; the ID token is what the API (an API
 * Gateway Cognito authorizer) accepts.
 *
 * <p>{@link #run(CognitoIdentityProviderClient, Setup)} performs the flow with the AWS SDK v2
 * client, against AWS or, offline, against the emulator ({@code
 * io.github.cognitoevents.samples.emulator.RunAdminFlow}). {@link #STEPS} lists the trigger
 * invocations AWS documents for the flow; the sample events are in {@code
 * samples/events/admin-flow/}, one file per step, in this order, and the CloudTrail records of its
 * three API calls (synthetic, see that directory's README) beside them.
 *
 * <pre>{@code
 * AdminUserFlow.Result result = AdminUserFlow.run(cognito, AdminUserFlow.Setup.sample(lambdaConfig));
 * result.challenge();            // NEW_PASSWORD_REQUIRED
 * result.tokens().idToken();     // for the API
 * for (AdminUserFlow.Step step : AdminUserFlow.STEPS) {
 *   System.out.println(step.apiCall() + " -> " + step.triggerSource());
 * }
 * }</pre>
 */
public final class AdminUserFlow {

  /**
   * One trigger invocation of the flow.
   *
   * @param apiCall the API call that causes it
   * @param triggerSource the trigger source Cognito sends
   * @param eventFile the sample event, relative to {@code samples/events}
   */
  public record Step(String apiCall, TriggerSource triggerSource, String eventFile) {}

  /** The steps, in the order Cognito invokes the triggers. */
  public static final List<Step> STEPS =
      List.of(
          new Step(
              "AdminCreateUser",
              TriggerSource.PRE_SIGN_UP_ADMIN_CREATE_USER,
              "admin-flow/1-pre-sign-up-admin-create-user.json"),
          new Step(
              "AdminCreateUser",
              TriggerSource.CUSTOM_MESSAGE_ADMIN_CREATE_USER,
              "admin-flow/2-custom-message-admin-create-user.json"),
          new Step(
              "AdminInitiateAuth (-> NEW_PASSWORD_REQUIRED)",
              TriggerSource.PRE_AUTHENTICATION_AUTHENTICATION,
              "admin-flow/3-pre-authentication.json"),
          new Step(
              "AdminRespondToAuthChallenge (NEW_PASSWORD_REQUIRED)",
              TriggerSource.POST_AUTHENTICATION_AUTHENTICATION,
              "admin-flow/4-post-authentication.json"),
          new Step(
              "AdminRespondToAuthChallenge (NEW_PASSWORD_REQUIRED)",
              TriggerSource.TOKEN_GENERATION_NEW_PASSWORD_CHALLENGE,
              "admin-flow/5-token-generation-new-password-challenge.json"));

  /**
   * What the flow creates.
   *
   * @param poolName the user pool's name
   * @param lambdaConfig the pool's triggers
   * @param clientName the app client's name
   * @param userName the new user's name
   * @param attributes the new user's attributes ({@code email} among them for the invitation)
   * @param temporaryPassword the temporary password the administrator sets
   * @param newPassword the password the user chooses
   */
  public record Setup(
      String poolName,
      LambdaConfigType lambdaConfig,
      String clientName,
      String userName,
      Map<String, String> attributes,
      String temporaryPassword,
      String newPassword) {

    /** Checks the members. */
    public Setup {
      Objects.requireNonNull(poolName, "poolName");
      Objects.requireNonNull(lambdaConfig, "lambdaConfig");
      Objects.requireNonNull(clientName, "clientName");
      Objects.requireNonNull(userName, "userName");
      attributes = Map.copyOf(attributes);
      Objects.requireNonNull(temporaryPassword, "temporaryPassword");
      Objects.requireNonNull(newPassword, "newPassword");
    }

    /**
     * The sample's user: {@code sam.lee}, {@code sam.lee@example.com}, tenant {@code acme}, plan
     * {@code gold}.
     *
     * @param lambdaConfig the pool's triggers
     * @return the setup
     */
    public static Setup sample(LambdaConfigType lambdaConfig) {
      return new Setup(
          "admin-flow",
          lambdaConfig,
          "api",
          "sam.lee",
          Map.of(
              "email", "sam.lee@example.com",
              "name", "Sam Lee",
              "custom:tenant", "acme",
              "custom:plan", "gold"),
          "Temp-Passw0rd!",
          "Chosen-Passw0rd!2");
    }
  }

  /**
   * What the flow returned.
   *
   * @param userPoolId the pool created
   * @param clientId the app client created
   * @param statusAfterCreate the user's status after {@code AdminCreateUser} ({@code
   *     FORCE_CHANGE_PASSWORD})
   * @param challenge the challenge {@code AdminInitiateAuth} answered with
   * @param challengeParameters its parameters ({@code USER_ID_FOR_SRP}, {@code userAttributes},
   *     {@code requiredAttributes})
   * @param tokens what {@code AdminRespondToAuthChallenge} returned
   * @param statusAfterChange the user's status after the change ({@code CONFIRMED})
   */
  public record Result(
      String userPoolId,
      String clientId,
      UserStatusType statusAfterCreate,
      ChallengeNameType challenge,
      Map<String, String> challengeParameters,
      AuthenticationResultType tokens,
      UserStatusType statusAfterChange) {}

  /**
   * Performs the flow: creates the pool (with the setup's triggers and the custom attributes {@code
   * tenant} and {@code plan}) and an app client allowing {@code ADMIN_USER_PASSWORD_AUTH}, then the
   * three calls of the flow.
   *
   * @param cognito the client (AWS credentials with the {@code cognito-idp:Admin*} permissions, or
   *     the emulator)
   * @param setup what to create
   * @return what Cognito answered
   * @throws IllegalStateException if Cognito does not answer with {@code NEW_PASSWORD_REQUIRED} or
   *     returns no tokens
   */
  public static Result run(CognitoIdentityProviderClient cognito, Setup setup) {
    String poolId =
        cognito
            .createUserPool(
                b ->
                    b.poolName(setup.poolName())
                        .lambdaConfig(setup.lambdaConfig())
                        .schema(customString("tenant"), customString("plan"))
                        .adminCreateUserConfig(c -> c.allowAdminCreateUserOnly(true)))
            .userPool()
            .id();
    String clientId =
        cognito
            .createUserPoolClient(
                b ->
                    b.userPoolId(poolId)
                        .clientName(setup.clientName())
                        .generateSecret(false)
                        .explicitAuthFlows(
                            ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .userPoolClient()
            .clientId();

    UserStatusType created =
        cognito
            .adminCreateUser(
                b ->
                    b.userPoolId(poolId)
                        .username(setup.userName())
                        .temporaryPassword(setup.temporaryPassword())
                        .userAttributes(
                            setup.attributes().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(
                                    e ->
                                        AttributeType.builder()
                                            .name(e.getKey())
                                            .value(e.getValue())
                                            .build())
                                .toList())
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL))
            .user()
            .userStatus();

    AdminInitiateAuthResponse signIn =
        cognito.adminInitiateAuth(
            b ->
                b.userPoolId(poolId)
                    .clientId(clientId)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(
                        Map.of(
                            "USERNAME", setup.userName(), "PASSWORD", setup.temporaryPassword())));
    if (signIn.challengeName() != ChallengeNameType.NEW_PASSWORD_REQUIRED) {
      throw new IllegalStateException(
          "AdminInitiateAuth answered "
              + (signIn.challengeName() == null
                  ? "without a challenge"
                  : signIn.challengeNameAsString())
              + ", not NEW_PASSWORD_REQUIRED");
    }

    AdminRespondToAuthChallengeResponse changed =
        cognito.adminRespondToAuthChallenge(
            b ->
                b.userPoolId(poolId)
                    .clientId(clientId)
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                    .session(signIn.session())
                    .challengeResponses(
                        Map.of("USERNAME", setup.userName(), "NEW_PASSWORD", setup.newPassword())));
    if (changed.authenticationResult() == null
        || changed.authenticationResult().idToken() == null) {
      throw new IllegalStateException(
          "AdminRespondToAuthChallenge returned no tokens"
              + (changed.challengeName() == null
                  ? ""
                  : " but the challenge " + changed.challengeNameAsString()));
    }

    UserStatusType after =
        cognito.adminGetUser(b -> b.userPoolId(poolId).username(setup.userName())).userStatus();
    return new Result(
        poolId,
        clientId,
        created,
        signIn.challengeName(),
        signIn.challengeParameters(),
        changed.authenticationResult(),
        after);
  }

  private static SchemaAttributeType customString(String name) {
    return SchemaAttributeType.builder()
        .name(name)
        .attributeDataType("String")
        .mutable(true)
        .build();
  }

  private AdminUserFlow() {}
}
