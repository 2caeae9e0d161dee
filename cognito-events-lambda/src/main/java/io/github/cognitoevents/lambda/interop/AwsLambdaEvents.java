package io.github.cognitoevents.lambda.interop;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCreateAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolCustomMessageEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolDefineAuthChallengeEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolMigrateUserEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreAuthenticationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolVerifyAuthChallengeResponseEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.util.Objects;

/**
 * Adapters between this library's trigger records and the Cognito classes of {@code
 * com.amazonaws:aws-lambda-java-events} (an optional dependency: add it to use this class), for
 * code bases migrating gradually.
 *
 * <pre>{@code
 * CognitoUserPoolPreSignUpEvent legacy = ...;
 * PreSignUpEvent event = AwsLambdaEvents.fromAws(legacy);
 * CognitoUserPoolPreSignUpEvent back = AwsLambdaEvents.toAws(
 *     event.withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(true)));
 * }</pre>
 *
 * <p>Conversion goes through JSON, read and written like the Lambda runtime does (unknown
 * properties ignored, nulls left out). Converting <em>to</em> aws-lambda-java-events loses what
 * those classes cannot hold: unknown fields, JSON null versus absent, {@code linkParameter}, {@code
 * enableSMSMFA}, the response of PostConfirmation/PreAuthentication/PostAuthentication, and V2
 * claims that are arrays or objects (an {@link IllegalArgumentException}); numbers and booleans
 * become strings. Converting <em>from</em> them gives {@code false} for every primitive flag the
 * bean holds. There are no classes for CustomSMSSender, CustomEmailSender and InboundFederation.
 */
// The aws-lambda-java-events types come from an optional (requires static) module.
@SuppressWarnings("exports")
public final class AwsLambdaEvents {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private AwsLambdaEvents() {}

  /**
   * Converts any aws-lambda-java-events Cognito bean to the given record.
   *
   * @param <T> the record type
   * @param awsEvent the bean
   * @param type the record type
   * @return the record
   * @throws io.github.cognitoevents.model.EventParseException if the bean's JSON does not fit
   */
  public static <T extends TriggerEvent> T fromAws(Object awsEvent, Class<T> type) {
    Objects.requireNonNull(awsEvent, "awsEvent");
    JsonNode tree = MAPPER.valueToTree(awsEvent);
    return TriggerEvents.parse(tree, type);
  }

  /**
   * Converts any record to the given aws-lambda-java-events bean type.
   *
   * @param <A> the bean type
   * @param event the record
   * @param awsType the bean type
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static <A> A toAws(TriggerEvent event, Class<A> awsType) {
    Objects.requireNonNull(event, "event");
    try {
      return MAPPER.treeToValue(event.toJson(), awsType);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String path =
          e instanceof com.fasterxml.jackson.databind.JsonMappingException m
              ? m.getPathReference()
              : "";
      throw new IllegalArgumentException(
          "cannot convert "
              + event.getClass().getSimpleName()
              + " to "
              + awsType.getSimpleName()
              + " (at "
              + path
              + "): the value does not fit the bean's type",
          e);
    }
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPreSignUpEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PreSignUpEvent fromAws(CognitoUserPoolPreSignUpEvent event) {
    return fromAws(event, PreSignUpEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPreSignUpEvent} (lossy: see the
   * class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPreSignUpEvent toAws(PreSignUpEvent event) {
    return toAws(event, CognitoUserPoolPreSignUpEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPostConfirmationEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PostConfirmationEvent fromAws(CognitoUserPoolPostConfirmationEvent event) {
    return fromAws(event, PostConfirmationEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPostConfirmationEvent} (lossy: see
   * the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPostConfirmationEvent toAws(PostConfirmationEvent event) {
    return toAws(event, CognitoUserPoolPostConfirmationEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPreAuthenticationEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PreAuthenticationEvent fromAws(CognitoUserPoolPreAuthenticationEvent event) {
    return fromAws(event, PreAuthenticationEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPreAuthenticationEvent} (lossy: see
   * the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPreAuthenticationEvent toAws(PreAuthenticationEvent event) {
    return toAws(event, CognitoUserPoolPreAuthenticationEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPostAuthenticationEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PostAuthenticationEvent fromAws(CognitoUserPoolPostAuthenticationEvent event) {
    return fromAws(event, PostAuthenticationEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPostAuthenticationEvent} (lossy:
   * see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPostAuthenticationEvent toAws(PostAuthenticationEvent event) {
    return toAws(event, CognitoUserPoolPostAuthenticationEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolDefineAuthChallengeEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static DefineAuthChallengeEvent fromAws(CognitoUserPoolDefineAuthChallengeEvent event) {
    return fromAws(event, DefineAuthChallengeEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolDefineAuthChallengeEvent} (lossy:
   * see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolDefineAuthChallengeEvent toAws(DefineAuthChallengeEvent event) {
    return toAws(event, CognitoUserPoolDefineAuthChallengeEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolCreateAuthChallengeEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static CreateAuthChallengeEvent fromAws(CognitoUserPoolCreateAuthChallengeEvent event) {
    return fromAws(event, CreateAuthChallengeEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolCreateAuthChallengeEvent} (lossy:
   * see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolCreateAuthChallengeEvent toAws(CreateAuthChallengeEvent event) {
    return toAws(event, CognitoUserPoolCreateAuthChallengeEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolVerifyAuthChallengeResponseEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static VerifyAuthChallengeResponseEvent fromAws(
      CognitoUserPoolVerifyAuthChallengeResponseEvent event) {
    return fromAws(event, VerifyAuthChallengeResponseEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolVerifyAuthChallengeResponseEvent}
   * (lossy: see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolVerifyAuthChallengeResponseEvent toAws(
      VerifyAuthChallengeResponseEvent event) {
    return toAws(event, CognitoUserPoolVerifyAuthChallengeResponseEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPreTokenGenerationEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PreTokenGenerationEvent fromAws(CognitoUserPoolPreTokenGenerationEvent event) {
    return fromAws(event, PreTokenGenerationEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPreTokenGenerationEvent} (lossy:
   * see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPreTokenGenerationEvent toAws(PreTokenGenerationEvent event) {
    return toAws(event, CognitoUserPoolPreTokenGenerationEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolPreTokenGenerationEventV2}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static PreTokenGenerationV2Event fromAws(CognitoUserPoolPreTokenGenerationEventV2 event) {
    return fromAws(event, PreTokenGenerationV2Event.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolPreTokenGenerationEventV2} (lossy:
   * see the class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolPreTokenGenerationEventV2 toAws(PreTokenGenerationV2Event event) {
    return toAws(event, CognitoUserPoolPreTokenGenerationEventV2.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolMigrateUserEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static UserMigrationEvent fromAws(CognitoUserPoolMigrateUserEvent event) {
    return fromAws(event, UserMigrationEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolMigrateUserEvent} (lossy: see the
   * class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolMigrateUserEvent toAws(UserMigrationEvent event) {
    return toAws(event, CognitoUserPoolMigrateUserEvent.class);
  }

  /**
   * Converts an aws-lambda-java-events {@code CognitoUserPoolCustomMessageEvent}.
   *
   * @param event the event
   * @return our record
   * @throws io.github.cognitoevents.model.EventParseException if the bean holds values of the wrong
   *     structure
   */
  public static CustomMessageEvent fromAws(CognitoUserPoolCustomMessageEvent event) {
    return fromAws(event, CustomMessageEvent.class);
  }

  /**
   * Converts to an aws-lambda-java-events {@code CognitoUserPoolCustomMessageEvent} (lossy: see the
   * class comment).
   *
   * @param event our record
   * @return the bean
   * @throws IllegalArgumentException if a value does not fit the bean
   */
  public static CognitoUserPoolCustomMessageEvent toAws(CustomMessageEvent event) {
    return toAws(event, CognitoUserPoolCustomMessageEvent.class);
  }
}
