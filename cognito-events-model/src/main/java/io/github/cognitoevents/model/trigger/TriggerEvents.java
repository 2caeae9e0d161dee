package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.codec.Documents;
import io.github.cognitoevents.model.internal.codec.JsonIn;
import io.github.cognitoevents.model.internal.codec.Kind;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes Cognito user-pool trigger events.
 *
 * <p>{@link #parse(JsonNode)} picks the record by the {@code triggerSource} prefix ({@link
 * TriggerSlot}) and, for token generation, by {@code version}: {@code "2"}/{@code "3"}, the {@code
 * TokenGeneration_ClientCredentials} source, or a V2 body (request {@code scopes} or response
 * {@code claimsAndScopeOverrideDetails}) give {@link PreTokenGenerationV2Event}, anything else
 * {@link PreTokenGenerationEvent}. A source of no known slot gives {@link UnknownTriggerEvent}.
 * Unknown members at every level are kept, and {@link #write(TriggerEvent)} of an unchanged event
 * gives back the same JSON tree. Reading streams the document (no intermediate tree).
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvents.parse(json);
 * PreSignUpEvent preSignUp = TriggerEvents.parse(json, PreSignUpEvent.class);
 * String reply = TriggerEvents.write(preSignUp.withResponse(
 *     PreSignUpEvent.Response.empty().withAutoConfirmUser(true)));
 * }</pre>
 *
 * <p>Every {@code parse} method answers bad input the same way, whatever the source (text, bytes,
 * stream or tree): an {@link EventParseException} for a {@code null} document, input that is not
 * JSON, content after the object, a member that appears twice in one object, nesting deeper than
 * 1000 levels, a non-finite number (trees built in code), no text {@code triggerSource}, or a
 * member of the wrong structure. A leading byte-order mark is ignored. The message names the member
 * (a JSON pointer) and the JSON kind found, never a value. A {@code null} {@code type} is a {@link
 * NullPointerException}. Thread-safe.
 */
public final class TriggerEvents {

  private static final int VERSION = 0;
  private static final int SOURCE = 1;
  private static final int REQUEST = 6;
  private static final int RESPONSE = 7;

  /** The readers by requested record; {@code TriggerEvent.class} reads any. */
  private static final ConcurrentHashMap<Class<?>, RecordCodec<TriggerEvent>> READERS =
      new ConcurrentHashMap<>();

  private TriggerEvents() {}

  /**
   * Parses a trigger event from JSON text (a leading byte-order mark is ignored).
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the text is not a trigger event
   */
  public static TriggerEvent parse(String json) {
    return Documents.read(json, reader(TriggerEvent.class)::read);
  }

  /**
   * Parses a trigger event from JSON bytes (UTF-8/16/32, with or without byte-order mark).
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the bytes are not a trigger event
   */
  public static TriggerEvent parse(byte[] json) {
    return Documents.read(json, reader(TriggerEvent.class)::read);
  }

  /**
   * Parses a trigger event from a stream, as a Lambda {@code RequestStreamHandler} receives it.
   *
   * @param json the event; read to its end but not closed
   * @return the typed event
   * @throws EventParseException if the content is not a trigger event or cannot be read
   */
  public static TriggerEvent parse(InputStream json) {
    return Documents.read(json, reader(TriggerEvent.class)::read);
  }

  /**
   * Reads a trigger event from a Jackson tree (not modified), with the same checks as text.
   *
   * @param json the event
   * @return the typed event
   * @throws EventParseException if the tree is not a trigger event
   */
  public static TriggerEvent parse(JsonNode json) {
    return Documents.read(json, reader(TriggerEvent.class)::read);
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
    return type.cast(Documents.read(json, reader(type)::read));
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
    return type.cast(Documents.read(json, reader(type)::read));
  }

  /**
   * Parses a stream as a given event type.
   *
   * @param <T> the event type
   * @param json the event; read to its end but not closed
   * @param type the expected record
   * @return the event
   * @throws EventParseException as {@link #parse(JsonNode, Class)}
   */
  public static <T extends TriggerEvent> T parse(InputStream json, Class<T> type) {
    return type.cast(Documents.read(json, reader(type)::read));
  }

  /**
   * Reads a tree as a given event type. The type is accepted when it is the one {@link
   * #parse(JsonNode)} would choose, when the {@code triggerSource} belongs to no known slot (e.g.
   * placeholder samples), when both are pre-token-generation records (to read a version 1 event
   * with the V2 record or the reverse), or when it is {@link UnknownTriggerEvent}; {@code
   * TriggerEvent.class} reads any event.
   *
   * @param <T> the event type
   * @param json the event
   * @param type the expected record
   * @return the event
   * @throws EventParseException if the tree is not a trigger event, or its {@code triggerSource}
   *     belongs to another slot
   */
  public static <T extends TriggerEvent> T parse(JsonNode json, Class<T> type) {
    return type.cast(Documents.read(json, reader(type)::read));
  }

  /**
   * Reads a trigger event from a Jackson parser positioned at its object (at {@code START_OBJECT},
   * or inside it, as a Jackson deserializer is called), with the checks of {@code parse} except
   * those about the document around it. Used by {@link
   * io.github.cognitoevents.model.CognitoEventsModule}.
   *
   * @param <T> the event type
   * @param parser the parser
   * @param type the expected record, or {@code TriggerEvent.class} for any
   * @return the event
   * @throws EventParseException as {@link #parse(JsonNode, Class)}
   * @throws IOException if the parser fails
   */
  public static <T extends TriggerEvent> T read(JsonParser parser, Class<T> type)
      throws IOException {
    return type.cast(reader(type).read(Objects.requireNonNull(parser, "parser")));
  }

  /**
   * Writes an event, with its response, as compact JSON text.
   *
   * @param event the event
   * @return the JSON text
   * @throws NullPointerException if {@code event} is {@code null}
   */
  public static String write(TriggerEvent event) {
    Objects.requireNonNull(event, "event");
    return Documents.string(g -> write(event, g));
  }

  /**
   * Writes an event, with its response, as compact UTF-8 JSON.
   *
   * @param event the event
   * @return the JSON bytes
   * @throws NullPointerException if {@code event} is {@code null}
   */
  public static byte[] writeBytes(TriggerEvent event) {
    Objects.requireNonNull(event, "event");
    return Documents.bytes(g -> write(event, g));
  }

  /**
   * Writes an event, with its response, as compact UTF-8 JSON to a stream, as a Lambda {@code
   * RequestStreamHandler} answers; the stream is flushed but not closed.
   *
   * @param event the event
   * @param out the stream
   * @throws NullPointerException if an argument is {@code null}
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public static void write(TriggerEvent event, OutputStream out) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(out, "out");
    Documents.write(out, g -> write(event, g));
  }

  /**
   * Writes an event to a Jackson generator, as {@link #write(TriggerEvent)} does.
   *
   * @param event the event
   * @param generator the generator
   * @throws IOException if the generator fails
   */
  public static void write(TriggerEvent event, JsonGenerator generator) throws IOException {
    codec(event).write(event, generator);
  }

  @SuppressWarnings("unchecked")
  private static <E extends TriggerEvent> RecordCodec<E> codec(E event) {
    return (RecordCodec<E>) shapeOf(event.getClass()).codec;
  }

  /** The reader for a requested record ({@code null} or {@code TriggerEvent}: any). */
  private static RecordCodec<TriggerEvent> reader(Class<? extends TriggerEvent> requested) {
    Class<?> key = Objects.requireNonNull(requested, "type");
    RecordCodec<TriggerEvent> reader = READERS.get(key);
    if (reader == null) {
      if (key != TriggerEvent.class) {
        var unused = shapeOf(requested); // rejects a class that is not a trigger record
      }
      Class<? extends TriggerEvent> wanted = key == TriggerEvent.class ? null : requested;
      reader = READERS.computeIfAbsent(key, k -> dispatch(wanted));
    }
    return reader;
  }

  /**
   * The reader of the top-level object: the header members as they come; {@code request} and {@code
   * response} with the kinds of the record {@code triggerSource} (and, for token generation, the
   * version) picks, buffered when they come before it.
   */
  private static RecordCodec<TriggerEvent> dispatch(Class<? extends TriggerEvent> requested) {
    RecordCodec.Builder<TriggerEvent> b =
        Shape.header(RecordCodec.builder(TriggerEvent.class), Kinds.STRICT_STRING);
    Kind<Object> write = Kinds.dynamic(x -> null);
    return b.chosen(
            "request", (v, complete) -> choose(v, complete, requested, false), write, e -> null)
        .chosen("response", (v, complete) -> choose(v, complete, requested, true), write, e -> null)
        .unregistered()
        .build(v -> assemble(v, requested));
  }

  private static Kind<?> choose(
      Values v, boolean complete, Class<? extends TriggerEvent> requested, boolean response) {
    if (!v.isPresent(SOURCE) && !complete) {
      return null;
    }
    Shape<?> shape = shape(v, requested);
    Kind<?> kind = response ? shape.response : shape.request;
    return kind == null ? Kinds.UNKNOWN_MEMBER : kind;
  }

  private static TriggerEvent assemble(Values v, Class<? extends TriggerEvent> requested) {
    return shape(v, requested).construct(v);
  }

  /** The shape for the members read so far; {@code triggerSource} must have been read. */
  private static Shape<?> shape(Values v, Class<? extends TriggerEvent> requested) {
    String source = v.get(SOURCE);
    if (source == null) {
      throw JsonIn.missing("", "triggerSource", "a string", v.isPresent(SOURCE));
    }
    TriggerSlot slot;
    if (v.memo() instanceof TriggerSlot noted) {
      slot = noted; // triggerSource is read once: its slot does not change
    } else {
      slot = TriggerSlot.of(source);
      v.memo(slot);
    }
    if (slot == TriggerSlot.PRE_TOKEN_GENERATION) {
      if (requested == null) {
        // the request and response must be read alike: follow what was read already
        Object request = v.get(REQUEST);
        Object response = v.get(RESPONSE);
        if (request instanceof TokenGeneration.AnyRequest
            || response instanceof TokenGeneration.AnyResponse) {
          return TokenGeneration.SHAPE;
        }
        if (request instanceof PreTokenGenerationV2Event.Request
            || response instanceof PreTokenGenerationV2Event.Response) {
          return PreTokenGenerationV2Event.SHAPE;
        }
        String version = v.get(VERSION);
        return TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS.value().equals(source)
                || "2".equals(version)
                || "3".equals(version)
            ? PreTokenGenerationV2Event.SHAPE
            : TokenGeneration.SHAPE;
      }
      if (requested == PreTokenGenerationEvent.class
          || requested == PreTokenGenerationV2Event.class
          || requested == UnknownTriggerEvent.class) {
        return shapeOf(requested).shape;
      }
      throw mismatch("PreTokenGenerationEvent", requested);
    }
    Shape<?> natural = naturalShape(slot);
    if (requested == null || requested == natural.type) {
      return natural;
    }
    if (natural == UnknownTriggerEvent.SHAPE || requested == UnknownTriggerEvent.class) {
      return shapeOf(requested).shape;
    }
    throw mismatch(natural.type.getSimpleName(), requested);
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

  /** A record's shape and codec. */
  private record Record(Shape<?> shape, RecordCodec<?> codec) {}

  private static Record shapeOf(Class<?> type) {
    if (type == PreSignUpEvent.class) {
      return new Record(PreSignUpEvent.SHAPE, PreSignUpEvent.CODEC);
    }
    if (type == PostConfirmationEvent.class) {
      return new Record(PostConfirmationEvent.SHAPE, PostConfirmationEvent.CODEC);
    }
    if (type == PreAuthenticationEvent.class) {
      return new Record(PreAuthenticationEvent.SHAPE, PreAuthenticationEvent.CODEC);
    }
    if (type == PostAuthenticationEvent.class) {
      return new Record(PostAuthenticationEvent.SHAPE, PostAuthenticationEvent.CODEC);
    }
    if (type == DefineAuthChallengeEvent.class) {
      return new Record(DefineAuthChallengeEvent.SHAPE, DefineAuthChallengeEvent.CODEC);
    }
    if (type == CreateAuthChallengeEvent.class) {
      return new Record(CreateAuthChallengeEvent.SHAPE, CreateAuthChallengeEvent.CODEC);
    }
    if (type == VerifyAuthChallengeResponseEvent.class) {
      return new Record(
          VerifyAuthChallengeResponseEvent.SHAPE, VerifyAuthChallengeResponseEvent.CODEC);
    }
    if (type == PreTokenGenerationEvent.class) {
      return new Record(PreTokenGenerationEvent.SHAPE, PreTokenGenerationEvent.CODEC);
    }
    if (type == PreTokenGenerationV2Event.class) {
      return new Record(PreTokenGenerationV2Event.SHAPE, PreTokenGenerationV2Event.CODEC);
    }
    if (type == UserMigrationEvent.class) {
      return new Record(UserMigrationEvent.SHAPE, UserMigrationEvent.CODEC);
    }
    if (type == CustomMessageEvent.class) {
      return new Record(CustomMessageEvent.SHAPE, CustomMessageEvent.CODEC);
    }
    if (type == CustomSmsSenderEvent.class) {
      return new Record(CustomSmsSenderEvent.SHAPE, CustomSmsSenderEvent.CODEC);
    }
    if (type == CustomEmailSenderEvent.class) {
      return new Record(CustomEmailSenderEvent.SHAPE, CustomEmailSenderEvent.CODEC);
    }
    if (type == InboundFederationEvent.class) {
      return new Record(InboundFederationEvent.SHAPE, InboundFederationEvent.CODEC);
    }
    if (type == UnknownTriggerEvent.class) {
      return new Record(UnknownTriggerEvent.SHAPE, UnknownTriggerEvent.CODEC);
    }
    throw new IllegalArgumentException("not a trigger event record: " + type.getName());
  }

  private static EventParseException mismatch(
      String natural, Class<? extends TriggerEvent> requested) {
    return new EventParseException(
        "/triggerSource",
        "field '/triggerSource' names a "
            + natural
            + " trigger, not a "
            + requested.getSimpleName());
  }
}
