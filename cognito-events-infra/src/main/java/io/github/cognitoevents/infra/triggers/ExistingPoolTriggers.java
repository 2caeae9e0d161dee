package io.github.cognitoevents.infra.triggers;

import io.github.cognitoevents.infra.triggers.TriggerWiringException.Code;
import io.github.cognitoevents.infra.triggers.UserPoolRef.ExistingPool;
import io.github.cognitoevents.model.trigger.TriggerSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomEmailLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CustomSMSLambdaVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InboundFederationLambdaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationVersionConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Changes the triggers of an existing user pool, and nothing else.
 *
 * <p>Cognito's {@code UpdateUserPool} resets every setting the request omits to its default: an
 * update that sends only {@code LambdaConfig} would wipe the pool's password policy, MFA, email and
 * SMS configuration, tags, deletion protection, and so on. So this class reads the pool first
 * ({@code DescribeUserPool}) and sends back every setting {@code UpdateUserPool} takes, as the pool
 * has it, with the declared triggers merged into its {@code LambdaConfig}: declared slots are set,
 * the pool's other triggers stay. The settings are carried over field by field from the SDK's own
 * model ({@link SdkField}), so a setting a newer SDK adds is carried too; {@link Update#carried()}
 * lists them. One adjustment: the legacy {@code AdminCreateUserConfig.UnusedAccountValidityDays} is
 * left out when the pool has {@code TemporaryPasswordValidityDays}, as Cognito refuses both.
 *
 * <p>Needs the optional dependency {@code software.amazon.awssdk:cognitoidentityprovider} and, for
 * the caller, the permissions {@link TriggerWiring#iamStatements()} lists for the deployer.
 *
 * <pre>{@code
 * UserPoolRef pool = UserPoolRef.existing(CfnValue.of(
 *     "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123"));
 * TriggerWiring wiring = TriggerWiring.of(CognitoTrigger.of("audit",
 *     CfnValue.of("arn:aws:lambda:eu-west-1:123456789012:function:audit"), pool,
 *     TriggerSlot.POST_AUTHENTICATION));
 * try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.create()) {
 *   ExistingPoolTriggers.Update done = ExistingPoolTriggers.apply(cognito, wiring.pool(pool));
 * }
 * }</pre>
 */
@SuppressWarnings("exports") // the SDK is an optional dependency: a caller of this class has it
public final class ExistingPoolTriggers {

  private ExistingPoolTriggers() {}

  /**
   * An update of a pool's triggers.
   *
   * @param userPoolId the pool
   * @param request the {@code UpdateUserPool} request
   * @param before the pool's triggers before
   * @param after the triggers the request sets
   * @param carried the request members carried over from the pool's description, in SDK order
   * @param adjustments the settings changed on the way, each as a sentence
   */
  public record Update(
      String userPoolId,
      UpdateUserPoolRequest request,
      LambdaConfigType before,
      LambdaConfigType after,
      List<String> carried,
      List<String> adjustments) {

    /** Copies the lists. */
    public Update {
      carried = List.copyOf(carried);
      adjustments = List.copyOf(adjustments);
    }
  }

  /**
   * Reads the pool, then updates its triggers.
   *
   * @param cognito the client
   * @param declared the triggers of an existing pool, with literal ARNs
   * @return the update sent
   * @throws TriggerWiringException if the pool is not an existing pool or an ARN is not a literal
   * @throws software.amazon.awssdk.core.exception.SdkException if Cognito refuses a call
   */
  public static Update apply(CognitoIdentityProviderClient cognito, PoolTriggers declared) {
    Objects.requireNonNull(cognito, "cognito");
    String poolId = existingPoolId(declared);
    UserPoolType current = cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
    Update update = plan(current, declared);
    cognito.updateUserPool(update.request());
    return update;
  }

  /**
   * The update for a pool as described, without sending it.
   *
   * @param current the pool, as {@code DescribeUserPool} returns it
   * @param declared the triggers to set
   * @return the update
   * @throws TriggerWiringException if an ARN of {@code declared} is not a literal
   */
  public static Update plan(UserPoolType current, PoolTriggers declared) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(declared, "declared");
    if (declared.pool() instanceof ExistingPool existing
        && existing.arn().literal().isPresent()
        && !existing.poolId().equals(current.id())) {
      throw new IllegalArgumentException(
          "the description is of pool " + current.id() + ", the triggers of " + existing.poolId());
    }
    UpdateUserPoolRequest.Builder request =
        UpdateUserPoolRequest.builder().userPoolId(current.id());
    List<String> carried = new ArrayList<>();
    for (SdkField<?> field : request.sdkFields()) {
      String member = field.memberName();
      if (member.equals("UserPoolId") || member.equals("LambdaConfig")) {
        continue;
      }
      String source = member.equals("PoolName") ? "Name" : member;
      for (SdkField<?> from : current.sdkFields()) {
        if (from.memberName().equals(source)) {
          Object value = from.getValueOrDefault(current);
          if (value != null) {
            field.set(request, value);
          }
          carried.add(member);
          break;
        }
      }
    }
    List<String> adjustments = new ArrayList<>();
    AdminCreateUserConfigType admin = current.adminCreateUserConfig();
    if (admin != null
        && admin.unusedAccountValidityDays() != null
        && current.policies() != null
        && current.policies().passwordPolicy() != null
        && current.policies().passwordPolicy().temporaryPasswordValidityDays() != null) {
      request.adminCreateUserConfig(admin.toBuilder().unusedAccountValidityDays(null).build());
      adjustments.add(
          "AdminCreateUserConfig.UnusedAccountValidityDays left out: the pool sets"
              + " Policies.PasswordPolicy.TemporaryPasswordValidityDays, and Cognito refuses both");
    }
    LambdaConfigType before = current.lambdaConfig();
    LambdaConfigType after = merge(before, declared);
    request.lambdaConfig(after);
    return new Update(current.id(), request.build(), before, after, carried, adjustments);
  }

  /**
   * The request members {@link #plan} cannot carry over because the pool description has no member
   * of that name: empty for the SDK this library was built with (a test holds it so).
   *
   * @return the member names
   */
  public static List<String> uncarriedMembers() {
    List<String> missing = new ArrayList<>();
    UserPoolType pool = UserPoolType.builder().build();
    for (SdkField<?> field : UpdateUserPoolRequest.builder().sdkFields()) {
      String member = field.memberName();
      String source = member.equals("PoolName") ? "Name" : member;
      if (!member.equals("UserPoolId")
          && !member.equals("LambdaConfig")
          && pool.sdkFields().stream().noneMatch(f -> f.memberName().equals(source))) {
        missing.add(member);
      }
    }
    return missing;
  }

  private static LambdaConfigType merge(LambdaConfigType current, PoolTriggers declared) {
    LambdaConfigType.Builder b = current == null ? LambdaConfigType.builder() : current.toBuilder();
    Map<TriggerSlot, String> functions = declared.literalFunctions();
    functions.forEach(
        (slot, arn) -> {
          switch (slot) {
            case PRE_SIGN_UP -> b.preSignUp(arn);
            case POST_CONFIRMATION -> b.postConfirmation(arn);
            case PRE_AUTHENTICATION -> b.preAuthentication(arn);
            case POST_AUTHENTICATION -> b.postAuthentication(arn);
            case DEFINE_AUTH_CHALLENGE -> b.defineAuthChallenge(arn);
            case CREATE_AUTH_CHALLENGE -> b.createAuthChallenge(arn);
            case VERIFY_AUTH_CHALLENGE_RESPONSE -> b.verifyAuthChallengeResponse(arn);
            case USER_MIGRATION -> b.userMigration(arn);
            case CUSTOM_MESSAGE -> b.customMessage(arn);
            case PRE_TOKEN_GENERATION -> {
              // Cognito keeps PreTokenGeneration and PreTokenGenerationConfig in step: set both.
              String version =
                  declared.versions().containsKey(slot)
                      ? declared.versions().get(slot).name()
                      : current != null && current.preTokenGenerationConfig() != null
                          ? current.preTokenGenerationConfig().lambdaVersionAsString()
                          : LambdaVersion.V1_0.name();
              b.preTokenGeneration(arn)
                  .preTokenGenerationConfig(
                      PreTokenGenerationVersionConfigType.builder()
                          .lambdaArn(arn)
                          .lambdaVersion(version)
                          .build());
            }
            case CUSTOM_SMS_SENDER ->
                b.customSMSSender(
                    CustomSMSLambdaVersionConfigType.builder()
                        .lambdaArn(arn)
                        .lambdaVersion(declared.version(slot).name())
                        .build());
            case CUSTOM_EMAIL_SENDER ->
                b.customEmailSender(
                    CustomEmailLambdaVersionConfigType.builder()
                        .lambdaArn(arn)
                        .lambdaVersion(declared.version(slot).name())
                        .build());
            case INBOUND_FEDERATION ->
                b.inboundFederation(
                    InboundFederationLambdaType.builder()
                        .lambdaArn(arn)
                        .lambdaVersion(declared.version(slot).name())
                        .build());
            case UNKNOWN -> throw new IllegalStateException("UNKNOWN is never a declared slot");
          }
        });
    declared.literalKmsKey().ifPresent(b::kmsKeyID);
    return b.build();
  }

  private static String existingPoolId(PoolTriggers declared) {
    if (!(declared.pool() instanceof ExistingPool existing)) {
      throw new TriggerWiringException(
          Code.UNRESOLVED_VALUE,
          "user pool \""
              + declared.pool().label()
              + "\" is created by the template; only an existing pool is updated in place");
    }
    return existing.poolId();
  }
}
