package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonSupport;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes Cognito user-pool trigger events.
 *
 * <p>{@link #parse(JsonNode)} picks the record by the {@code triggerSource} prefix ({@link
 * TriggerSlot}) and, for token generation, by {@code version}: {@code "2"}/{@code "3"}, the {@code
 * TokenGeneration_ClientCredentials} source, or a V2 body (request {@code scopes} or response
 * {@code claimsAndScopeOverrideDetails}) give {@link PreTokenGenerationV2Event}, anything else
 * {@link PreTokenGenerationEvent}. A source of no known slot gives {@link UnknownTriggerEvent}.
 * Unknown members at every level are kept, and {@link #write(TriggerEvent)} of an unchanged event
 * gives back the same JSON tree. Reading streams the document (no intermediate tree); a member that
 * appears twice counts once, with its last value, as in a Jackson tree.
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvents.parse(json);
 * PreSignUpEvent preSignUp = TriggerEvents.parse(json, PreSignUpEvent.class);
 * String reply = TriggerEvents.write(preSignUp.withResponse(
 *     PreSignUpEvent.Response.empty().withAutoConfirmUser(true)));
 * }</pre>
 *
 * <p>Every method throws {@link EventParseException} (and nothing else) for input that is not a
 * trigger event: not JSON, not an object, no text {@code triggerSource}, or a member of the wrong
 * structure. The message names the member and a short form of the value, never the payload.
 * Thread-safe.
 */
public final class TriggerEvents {

  private TriggerEvents() {}

  /**
   * Parses a trigger event from JSON text (a leading byte-order mark is ignored).
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the text is not a trigger event
   */
  public static TriggerEvent parse(String json) {
    return JsonCursor.read(json, c -> read(c, null));
  }

  /**
   * Parses a trigger event from JSON bytes (UTF-8/16/32, with or without byte-order mark).
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the bytes are not a trigger event
   */
  public static TriggerEvent parse(byte[] json) {
    return JsonCursor.read(json, c -> read(c, null));
  }

  /**
   * Parses a trigger event from a stream, as a Lambda {@code RequestStreamHandler} receives it.
   *
   * @param json the event; read but not closed
   * @return the typed event
   * @throws EventParseException if the content is not a trigger event or cannot be read
   */
  public static TriggerEvent parse(InputStream json) {
    return JsonCursor.read(json, c -> read(c, null));
  }

  /**
   * Reads a trigger event from a Jackson tree (not modified). Fractional numbers in unknown members
   * come back as exact decimals.
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the tree is not a trigger event
   */
  public static TriggerEvent parse(JsonNode json) {
    return JsonCursor.read(json, c -> read(c, null));
  }

  /**
   * Parses JSON text as a given event type.
   *
   * @param <T> the event type
   * @param json the event
   * @param type the expected record, e.g. {@code PreSignUpEvent.class}
   * @return the event
   * @throws EventParseException if the text is not a trigger event, or its {@code triggerSource}
   *     belongs to another slot
   * @see #parse(JsonNode, Class)
   */
  public static <T extends TriggerEvent> T parse(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(JsonCursor.read(json, c -> read(c, type)));
  }

  /**
   * Parses JSON bytes as a given event type.
   *
   * @param <T> the event type
   * @param json the event
   * @param type the expected record
   * @return the event
   * @throws EventParseException as {@link #parse(JsonNode, Class)}
   */
  public static <T extends TriggerEvent> T parse(byte[] json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(JsonCursor.read(json, c -> read(c, type)));
  }

  /**
   * Parses a stream as a given event type.
   *
   * @param <T> the event type
   * @param json the event; read but not closed
   * @param type the expected record
   * @return the event
   * @throws EventParseException as {@link #parse(JsonNode, Class)}
   */
  public static <T extends TriggerEvent> T parse(InputStream json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(JsonCursor.read(json, c -> read(c, type)));
  }

  /**
   * Reads a tree as a given event type. The type is accepted when it is the one {@link
   * #parse(JsonNode)} would choose, when the {@code triggerSource} belongs to no known slot (e.g.
   * placeholder samples), when both are pre-token-generation records (to read a version 1 event
   * with the V2 record or the reverse), or when it is {@link UnknownTriggerEvent}.
   *
   * @param <T> the event type
   * @param json the event
   * @param type the expected record
   * @return the event
   * @throws EventParseException if the tree is not a trigger event, or its {@code triggerSource}
   *     belongs to another slot
   */
  public static <T extends TriggerEvent> T parse(JsonNode json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(JsonCursor.read(json, c -> read(c, type)));
  }

  /**
   * Writes an event, with its response, as compact JSON text.
   *
   * @param event the event
   * @return the JSON text
   */
  public static String write(TriggerEvent event) {
    return JsonSupport.write(event.toJson());
  }

  /**
   * Writes an event, with its response, as compact UTF-8 JSON.
   *
   * @param event the event
   * @return the JSON bytes
   */
  public static byte[] writeBytes(TriggerEvent event) {
    return JsonSupport.writeBytes(event.toJson());
  }

  /**
   * Reads the top-level object. Header members are read as they come; {@code request} and {@code
   * response} are read straight into the record once {@code triggerSource} (and, for token
   * generation, the version) has fixed the record, and buffered otherwise.
   */
  private static TriggerEvent read(JsonCursor c, Class<? extends TriggerEvent> requested) {
    String version = null;
    String source = null;
    String region = null;
    String userPoolId = null;
    String userName = null;
    CallerContext callerContext = null;
    Shape<?> shape = null;
    boolean decided = false;
    Object request = null;
    Object response = null;
    TokenBuffer requestBuffer = null;
    TokenBuffer responseBuffer = null;
    while (c.next()) {
      switch (c.name()) {
        case "version" -> version = c.string();
        case "triggerSource" -> {
          if (c.token() != JsonToken.VALUE_STRING) {
            throw notText(JsonSupport.show(c.node()));
          }
          if (source != null) {
            // The source picks the record that reads request and response; a second one could
            // contradict what was already read with the first. Cognito never sends two.
            throw new EventParseException(
                "/triggerSource", "field '/triggerSource' appears more than once");
          }
          source = c.string();
          shape = shapeFor(source, version, requested);
          decided = true;
        }
        case "region" -> region = c.string();
        case "userPoolId" -> userPoolId = c.string();
        case "userName" -> userName = c.string();
        case "callerContext" -> callerContext = c.object(CallerContext::read);
        case "request" -> {
          if (decided) {
            request = shape.request.apply(c);
          } else {
            requestBuffer = c.buffer();
          }
        }
        case "response" -> {
          if (!decided) {
            responseBuffer = c.buffer();
          } else if (shape.response != null) {
            response = shape.response.apply(c);
          } else {
            c.keep();
          }
        }
        default -> c.keep();
      }
    }
    if (source == null) {
      throw notText("absent");
    }
    Map<String, JsonNode> unknown = c.rest();
    if (requestBuffer != null || responseBuffer != null) {
      Map<String, JsonNode> late = new LinkedHashMap<>();
      // request or response came before triggerSource: read them now
      if (shape == TokenGeneration.SHAPE || shape == null) {
        shape = shapeFor(source, version, requested);
      }
      if (requestBuffer != null) {
        request = JsonCursor.replay(requestBuffer, "", "request", shape.request, late);
      }
      if (responseBuffer != null) {
        if (shape.response != null) {
          response = JsonCursor.replay(responseBuffer, "", "response", shape.response, late);
        } else {
          JsonCursor.replay(responseBuffer, "", "response", TriggerEvents::keep, late);
        }
      }
      if (!late.isEmpty()) {
        Map<String, JsonNode> all = new LinkedHashMap<>(unknown);
        all.putAll(late);
        unknown = all;
      }
    }
    TriggerHeader header =
        new TriggerHeader(version, source, region, userPoolId, userName, callerContext, unknown);
    return shape.assembler.assemble(header, request, response);
  }

  /**
   * The shape for a trigger source; for a token-generation event whose version (1 or 2) can only be
   * told from its body, the shape that reads both and decides at the end.
   */
  private static Shape<?> shapeFor(
      String source, String version, Class<? extends TriggerEvent> requested) {
    TriggerSlot slot = TriggerSlot.of(source);
    if (slot == TriggerSlot.PRE_TOKEN_GENERATION) {
      if (requested == null) {
        return TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS.value().equals(source)
                || "2".equals(version)
                || "3".equals(version)
            ? PreTokenGenerationV2Event.SHAPE
            : TokenGeneration.SHAPE;
      }
      if (requested == PreTokenGenerationEvent.class) {
        return PreTokenGenerationEvent.SHAPE;
      }
      if (requested == PreTokenGenerationV2Event.class) {
        return PreTokenGenerationV2Event.SHAPE;
      }
      if (requested == UnknownTriggerEvent.class) {
        return UnknownTriggerEvent.SHAPE;
      }
      throw mismatch(source, "PreTokenGenerationEvent", requested);
    }
    Shape<?> natural = naturalShape(slot);
    if (requested == null || requested == natural.type) {
      return natural;
    }
    if (natural == UnknownTriggerEvent.SHAPE || requested == UnknownTriggerEvent.class) {
      return shapeOf(requested);
    }
    throw mismatch(source, natural.type.getSimpleName(), requested);
  }

  private static Shape<?> naturalShape(TriggerSlot slot) {
    switch (slot) {
      case PRE_SIGN_UP:
        return PreSignUpEvent.SHAPE;
      case POST_CONFIRMATION:
        return PostConfirmationEvent.SHAPE;
      case PRE_AUTHENTICATION:
        return PreAuthenticationEvent.SHAPE;
      case POST_AUTHENTICATION:
        return PostAuthenticationEvent.SHAPE;
      case DEFINE_AUTH_CHALLENGE:
        return DefineAuthChallengeEvent.SHAPE;
      case CREATE_AUTH_CHALLENGE:
        return CreateAuthChallengeEvent.SHAPE;
      case VERIFY_AUTH_CHALLENGE_RESPONSE:
        return VerifyAuthChallengeResponseEvent.SHAPE;
      case USER_MIGRATION:
        return UserMigrationEvent.SHAPE;
      case CUSTOM_MESSAGE:
        return CustomMessageEvent.SHAPE;
      case CUSTOM_SMS_SENDER:
        return CustomSmsSenderEvent.SHAPE;
      case CUSTOM_EMAIL_SENDER:
        return CustomEmailSenderEvent.SHAPE;
      case INBOUND_FEDERATION:
        return InboundFederationEvent.SHAPE;
      default:
        return UnknownTriggerEvent.SHAPE;
    }
  }

  private static Shape<?> shapeOf(Class<? extends TriggerEvent> type) {
    if (type == PreTokenGenerationEvent.class) {
      return PreTokenGenerationEvent.SHAPE;
    }
    if (type == PreTokenGenerationV2Event.class) {
      return PreTokenGenerationV2Event.SHAPE;
    }
    if (type == UnknownTriggerEvent.class) {
      return UnknownTriggerEvent.SHAPE;
    }
    for (TriggerSlot slot : TriggerSlot.values()) {
      if (slot != TriggerSlot.PRE_TOKEN_GENERATION && naturalShape(slot).type == type) {
        return naturalShape(slot);
      }
    }
    throw new IllegalArgumentException("not a trigger event record: " + type.getName());
  }

  private static Object keep(JsonCursor c) {
    c.keep();
    return null;
  }

  private static EventParseException notText(String shown) {
    return new EventParseException(
        "/triggerSource", "field '/triggerSource' must be a string but is " + shown);
  }

  private static EventParseException mismatch(
      String source, String natural, Class<? extends TriggerEvent> requested) {
    return new EventParseException(
        "/triggerSource",
        "field '/triggerSource' is \""
            + JsonSupport.shorten(source)
            + "\", which is a "
            + natural
            + ", not a "
            + requested.getSimpleName());
  }
}
