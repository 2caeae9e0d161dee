package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Cognito user-pool Lambda trigger event: one record per trigger slot, plus {@link
 * UnknownTriggerEvent} for anything else. Parse with {@link TriggerEvents#parse(String)} and switch
 * on the type:
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvents.parse(json);
 * if (event instanceof PreSignUpEvent preSignUp) {
 *   return TriggerEvents.write(preSignUp.withResponse(
 *       PreSignUpEvent.Response.empty().withAutoConfirmUser(true)));
 * }
 * }</pre>
 *
 * <p>The header accessors below delegate to {@link #header()}.
 */
public sealed interface TriggerEvent
    permits PreSignUpEvent,
        PostConfirmationEvent,
        PreAuthenticationEvent,
        PostAuthenticationEvent,
        DefineAuthChallengeEvent,
        CreateAuthChallengeEvent,
        VerifyAuthChallengeResponseEvent,
        PreTokenGenerationEvent,
        PreTokenGenerationV2Event,
        UserMigrationEvent,
        CustomMessageEvent,
        CustomSmsSenderEvent,
        CustomEmailSenderEvent,
        InboundFederationEvent,
        UnknownTriggerEvent {

  /**
   * The shared envelope members.
   *
   * @return the header, never {@code null}
   */
  TriggerHeader header();

  /**
   * This event as JSON, with its response and every unknown field.
   *
   * @return a new object node
   */
  ObjectNode toJson();

  /**
   * The event schema version ({@code "1"}, {@code "2"}, {@code "3"}).
   *
   * @return the raw version, may be {@code null}
   */
  default String version() {
    return header().version();
  }

  /**
   * The raw trigger source, e.g. {@code "PreSignUp_SignUp"}.
   *
   * @return the raw value, may be {@code null} for an unknown event
   */
  default String triggerSource() {
    return header().triggerSource();
  }

  /**
   * The typed trigger source.
   *
   * @return the constant, {@link TriggerSource#UNKNOWN} when undocumented
   */
  default TriggerSource source() {
    return header().source();
  }

  /**
   * The AWS region.
   *
   * @return the region, may be {@code null}
   */
  default String region() {
    return header().region();
  }

  /**
   * The user pool id.
   *
   * @return the id, may be {@code null}
   */
  default String userPoolId() {
    return header().userPoolId();
  }

  /**
   * The user name.
   *
   * @return the name, may be {@code null}
   */
  default String userName() {
    return header().userName();
  }

  /**
   * The caller context.
   *
   * @return the context, may be {@code null}
   */
  default CallerContext callerContext() {
    return header().callerContext();
  }
}
