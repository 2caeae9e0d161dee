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
import java.util.Objects;

/**
 * A Lambda {@link RequestStreamHandler} for Cognito user-pool triggers: it reads the event from the
 * stream, calls the typed method for its trigger, and writes the returned event (with its response)
 * back. Stream handling avoids the Lambda runtime's own serializer, which relocates Jackson and
 * would ignore this library's mapping.
 *
 * <p>Override the methods of the triggers the function is attached to. Throw to make Cognito reject
 * the operation (e.g. a sign-up). A trigger whose method is not overridden is an error by default:
 * the invocation fails with an {@link UnhandledTriggerException} naming the trigger source and the
 * method to override, so a function attached to the wrong slot, or receiving a version 1 token
 * event while it only answers {@link #onPreTokenGenerationV2 version 2}, is noticed at the first
 * event instead of silently doing nothing. A function that means to let some triggers through
 * unchanged says so: {@code super(Unhandled.RETURN_UNCHANGED)}, or override {@link
 * #onUnhandled(TriggerEvent, String, Context)} to decide per event (e.g. log and pass through).
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

  /** What the handler does with a trigger whose method the subclass does not override. */
  public enum Unhandled {
    /**
     * Fail the invocation with an {@link UnhandledTriggerException} (the default): Cognito then
     * fails the user's operation and reports the error.
     */
    FAIL,
    /**
     * Return the event unchanged: Cognito applies its defaults, as if no function were attached.
     */
    RETURN_UNCHANGED
  }

  private final Unhandled unhandled;

  /** For subclasses: a trigger whose method is not overridden fails the invocation. */
  protected CognitoTriggerHandler() {
    this(Unhandled.FAIL);
  }

  /**
   * For subclasses that choose what happens to triggers whose method they do not override.
   *
   * @param unhandled {@link Unhandled#FAIL} or {@link Unhandled#RETURN_UNCHANGED}
   */
  protected CognitoTriggerHandler(Unhandled unhandled) {
    this.unhandled = Objects.requireNonNull(unhandled, "unhandled");
  }

  /**
   * Reads the event, dispatches it with {@link #handle(TriggerEvent, Context)} and writes the
   * result. The input stream is read but not closed; the output is flushed.
   *
   * @param input the event JSON
   * @param output where the reply JSON goes
   * @param context the Lambda context
   * @throws IOException if writing the reply fails
   * @throws EventParseException if the input is not a trigger event
   * @throws UnhandledTriggerException if the subclass does not handle the event's trigger (see
   *     {@link Unhandled})
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
   * @throws UnhandledTriggerException if the subclass does not handle the event's trigger (see
   *     {@link Unhandled})
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
   * Called for a trigger whose method the subclass does not override, before the event is returned
   * unchanged. Fails with {@link UnhandledTriggerException} when this handler was built with {@link
   * Unhandled#FAIL} (the default) and does nothing with {@link Unhandled#RETURN_UNCHANGED}.
   * Override it to decide per event, e.g. to log and pass through.
   *
   * @param event the event no typed method handled
   * @param method the method a subclass overrides to handle it, such as {@code
   *     onPreTokenGeneration(PreTokenGenerationEvent, Context)}
   * @param context the Lambda context
   * @throws UnhandledTriggerException with {@link Unhandled#FAIL}
   */
  protected void onUnhandled(TriggerEvent event, String method, Context context) {
    if (unhandled == Unhandled.FAIL) {
      throw new UnhandledTriggerException(event.triggerSource(), method, getClass(), hint(event));
    }
  }

  private <T extends TriggerEvent> T unhandled(T event, String method, Context context) {
    onUnhandled(event, method, context);
    return event;
  }

  /** Points at the pool's token-generation version when the handler answers the other one. */
  private String hint(TriggerEvent event) {
    if (event instanceof PreTokenGenerationEvent
        && overrides("onPreTokenGenerationV2", PreTokenGenerationV2Event.class)) {
      return "this handler answers version 2/3 token events (onPreTokenGenerationV2) but the pool"
          + " sends version 1: set LambdaVersion V2_0 or V3_0 in the pool's"
          + " PreTokenGenerationConfig, or override onPreTokenGeneration";
    }
    if (event instanceof PreTokenGenerationV2Event
        && overrides("onPreTokenGeneration", PreTokenGenerationEvent.class)) {
      return "this handler answers version 1 token events (onPreTokenGeneration) but the pool"
          + " sends version "
          + event.version()
          + ": set LambdaVersion V1_0 in the pool's PreTokenGenerationConfig, or override"
          + " onPreTokenGenerationV2";
    }
    return null;
  }

  private boolean overrides(String name, Class<?> eventType) {
    for (Class<?> c = getClass(); c != CognitoTriggerHandler.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(name, eventType, Context.class);
        return true;
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return false;
  }

  /**
   * PreSignUp.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PreSignUpEvent onPreSignUp(PreSignUpEvent event, Context context) {
    return unhandled(event, "onPreSignUp(PreSignUpEvent, Context)", context);
  }

  /**
   * PostConfirmation.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PostConfirmationEvent onPostConfirmation(PostConfirmationEvent event, Context context) {
    return unhandled(event, "onPostConfirmation(PostConfirmationEvent, Context)", context);
  }

  /**
   * PreAuthentication.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PreAuthenticationEvent onPreAuthentication(
      PreAuthenticationEvent event, Context context) {
    return unhandled(event, "onPreAuthentication(PreAuthenticationEvent, Context)", context);
  }

  /**
   * PostAuthentication.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PostAuthenticationEvent onPostAuthentication(
      PostAuthenticationEvent event, Context context) {
    return unhandled(event, "onPostAuthentication(PostAuthenticationEvent, Context)", context);
  }

  /**
   * DefineAuthChallenge.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected DefineAuthChallengeEvent onDefineAuthChallenge(
      DefineAuthChallengeEvent event, Context context) {
    return unhandled(event, "onDefineAuthChallenge(DefineAuthChallengeEvent, Context)", context);
  }

  /**
   * CreateAuthChallenge.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected CreateAuthChallengeEvent onCreateAuthChallenge(
      CreateAuthChallengeEvent event, Context context) {
    return unhandled(event, "onCreateAuthChallenge(CreateAuthChallengeEvent, Context)", context);
  }

  /**
   * VerifyAuthChallengeResponse.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected VerifyAuthChallengeResponseEvent onVerifyAuthChallengeResponse(
      VerifyAuthChallengeResponseEvent event, Context context) {
    return unhandled(
        event, "onVerifyAuthChallengeResponse(VerifyAuthChallengeResponseEvent, Context)", context);
  }

  /**
   * PreTokenGeneration, event version 1.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PreTokenGenerationEvent onPreTokenGeneration(
      PreTokenGenerationEvent event, Context context) {
    return unhandled(event, "onPreTokenGeneration(PreTokenGenerationEvent, Context)", context);
  }

  /**
   * PreTokenGeneration, event versions 2 and 3 (including client credentials).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected PreTokenGenerationV2Event onPreTokenGenerationV2(
      PreTokenGenerationV2Event event, Context context) {
    return unhandled(event, "onPreTokenGenerationV2(PreTokenGenerationV2Event, Context)", context);
  }

  /**
   * UserMigration.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected UserMigrationEvent onUserMigration(UserMigrationEvent event, Context context) {
    return unhandled(event, "onUserMigration(UserMigrationEvent, Context)", context);
  }

  /**
   * CustomMessage.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected CustomMessageEvent onCustomMessage(CustomMessageEvent event, Context context) {
    return unhandled(event, "onCustomMessage(CustomMessageEvent, Context)", context);
  }

  /**
   * CustomSMSSender (asynchronous; Cognito ignores the reply).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event (Cognito ignores it)
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected CustomSmsSenderEvent onCustomSmsSender(CustomSmsSenderEvent event, Context context) {
    return unhandled(event, "onCustomSmsSender(CustomSmsSenderEvent, Context)", context);
  }

  /**
   * CustomEmailSender (asynchronous; Cognito ignores the reply).
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event (Cognito ignores it)
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected CustomEmailSenderEvent onCustomEmailSender(
      CustomEmailSenderEvent event, Context context) {
    return unhandled(event, "onCustomEmailSender(CustomEmailSenderEvent, Context)", context);
  }

  /**
   * InboundFederation.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event with its response
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected InboundFederationEvent onInboundFederation(
      InboundFederationEvent event, Context context) {
    return unhandled(event, "onInboundFederation(InboundFederationEvent, Context)", context);
  }

  /**
   * A trigger of no known slot.
   *
   * @param event the event
   * @param context the Lambda context
   * @return the event to return
   * @throws UnhandledTriggerException by default (see {@link Unhandled})
   */
  protected TriggerEvent onUnknownTrigger(UnknownTriggerEvent event, Context context) {
    return unhandled(event, "onUnknownTrigger(UnknownTriggerEvent, Context)", context);
  }
}
