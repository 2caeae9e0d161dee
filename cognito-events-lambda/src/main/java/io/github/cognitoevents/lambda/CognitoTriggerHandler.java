package io.github.cognitoevents.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.InboundFederationEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.UnknownTriggerEvent;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A Lambda {@link RequestStreamHandler} for Cognito user-pool triggers: it reads the event from the
 * stream, calls the typed method for its trigger, and writes the returned event (with its response)
 * back. Stream handling avoids the Lambda runtime's own serializer, which relocates Jackson and
 * would ignore this library's mapping.
 *
 * <p>Override the methods of the triggers the function is attached to; every method returns the
 * event unchanged by default (Cognito's defaults apply). Throw to make Cognito reject the operation
 * (e.g. a sign-up).
 *
 * <pre>{@code
 * public final class Handler extends CognitoTriggerHandler {
 *   @Override
 *   protected PreSignUpEvent onPreSignUp(PreSignUpEvent event, Context context) {
 *     boolean internal = event.request().userAttributes().get("email").endsWith("@example.com");
 *     return event.withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(internal));
 *   }
 * }
 * }</pre>
 *
 * <p>{@code aws-lambda-java-core} is an optional dependency of this library; a function using this
 * class has it anyway (the Lambda runtime provides the interfaces).
 */
// Context and RequestStreamHandler come from the optional (requires static) aws.lambda.java.core.
@SuppressWarnings("exports")
public abstract class CognitoTriggerHandler implements RequestStreamHandler {

  /** For subclasses. */
  protected CognitoTriggerHandler() {}

  /**
   * Reads the event, dispatches it with {@link #handle(TriggerEvent, Context)} and writes the
   * result. The input stream is read but not closed; the output is flushed.
   *
   * @param input the event JSON
   * @param output where the reply JSON goes
   * @param context the Lambda context
   * @throws IOException if writing the reply fails
   * @throws EventParseException if the input is not a trigger event
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    TriggerEvent event = TriggerEvents.parse(input);
    TriggerEvent reply = handle(event, context);
    output.write(TriggerEvents.writeBytes(reply == null ? event : reply));
    output.flush();
  }

  /**
   * Calls the typed method for the event's record type.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event to return to Cognito (never {@code null}: a {@code null} from a typed method
   *     gives back {@code event})
   */
  public TriggerEvent handle(TriggerEvent event, Context context) {
    TriggerEvent reply = dispatch(event, context);
    return reply == null ? event : reply;
  }

  private TriggerEvent dispatch(TriggerEvent event, Context context) {
    if (event instanceof PreSignUpEvent e) {
      return onPreSignUp(e, context);
    } else if (event instanceof PostConfirmationEvent e) {
      return onPostConfirmation(e, context);
    } else if (event instanceof PreAuthenticationEvent e) {
      return onPreAuthentication(e, context);
    } else if (event instanceof PostAuthenticationEvent e) {
      return onPostAuthentication(e, context);
    } else if (event instanceof DefineAuthChallengeEvent e) {
      return onDefineAuthChallenge(e, context);
    } else if (event instanceof CreateAuthChallengeEvent e) {
      return onCreateAuthChallenge(e, context);
    } else if (event instanceof VerifyAuthChallengeResponseEvent e) {
      return onVerifyAuthChallengeResponse(e, context);
    } else if (event instanceof PreTokenGenerationEvent e) {
      return onPreTokenGeneration(e, context);
    } else if (event instanceof PreTokenGenerationV2Event e) {
      return onPreTokenGenerationV2(e, context);
    } else if (event instanceof UserMigrationEvent e) {
      return onUserMigration(e, context);
    } else if (event instanceof CustomMessageEvent e) {
      return onCustomMessage(e, context);
    } else if (event instanceof CustomSmsSenderEvent e) {
      return onCustomSmsSender(e, context);
    } else if (event instanceof CustomEmailSenderEvent e) {
      return onCustomEmailSender(e, context);
    } else if (event instanceof InboundFederationEvent e) {
      return onInboundFederation(e, context);
    } else {
      return onUnknownTrigger((UnknownTriggerEvent) event, context);
    }
  }

  /**
   * PreSignUp.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PreSignUpEvent onPreSignUp(PreSignUpEvent event, Context context) {
    return event;
  }

  /**
   * PostConfirmation.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PostConfirmationEvent onPostConfirmation(PostConfirmationEvent event, Context context) {
    return event;
  }

  /**
   * PreAuthentication.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PreAuthenticationEvent onPreAuthentication(
      PreAuthenticationEvent event, Context context) {
    return event;
  }

  /**
   * PostAuthentication.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PostAuthenticationEvent onPostAuthentication(
      PostAuthenticationEvent event, Context context) {
    return event;
  }

  /**
   * DefineAuthChallenge.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected DefineAuthChallengeEvent onDefineAuthChallenge(
      DefineAuthChallengeEvent event, Context context) {
    return event;
  }

  /**
   * CreateAuthChallenge.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected CreateAuthChallengeEvent onCreateAuthChallenge(
      CreateAuthChallengeEvent event, Context context) {
    return event;
  }

  /**
   * VerifyAuthChallengeResponse.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected VerifyAuthChallengeResponseEvent onVerifyAuthChallengeResponse(
      VerifyAuthChallengeResponseEvent event, Context context) {
    return event;
  }

  /**
   * PreTokenGeneration, event version 1.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PreTokenGenerationEvent onPreTokenGeneration(
      PreTokenGenerationEvent event, Context context) {
    return event;
  }

  /**
   * PreTokenGeneration, event versions 2 and 3 (including client credentials).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected PreTokenGenerationV2Event onPreTokenGenerationV2(
      PreTokenGenerationV2Event event, Context context) {
    return event;
  }

  /**
   * UserMigration.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected UserMigrationEvent onUserMigration(UserMigrationEvent event, Context context) {
    return event;
  }

  /**
   * CustomMessage.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected CustomMessageEvent onCustomMessage(CustomMessageEvent event, Context context) {
    return event;
  }

  /**
   * CustomSMSSender (asynchronous; Cognito ignores the reply).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event; the event itself by default
   */
  protected CustomSmsSenderEvent onCustomSmsSender(CustomSmsSenderEvent event, Context context) {
    return event;
  }

  /**
   * CustomEmailSender (asynchronous; Cognito ignores the reply).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event; the event itself by default
   */
  protected CustomEmailSenderEvent onCustomEmailSender(
      CustomEmailSenderEvent event, Context context) {
    return event;
  }

  /**
   * InboundFederation.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response; the event itself by default
   */
  protected InboundFederationEvent onInboundFederation(
      InboundFederationEvent event, Context context) {
    return event;
  }

  /**
   * A trigger of no known slot.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event to return; the event itself by default
   */
  protected TriggerEvent onUnknownTrigger(UnknownTriggerEvent event, Context context) {
    return event;
  }
}
