package io.github.cognitoevents.model.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.codec.Codecs;
import io.github.cognitoevents.model.internal.codec.Documents;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.JsonIn;
import io.github.cognitoevents.model.internal.codec.Kind;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An EventBridge event: the envelope shared by every event on a bus, generic over its {@code
 * detail}. Usable for any EventBridge event; for Cognito API calls the detail is a {@link
 * io.github.cognitoevents.model.cloudtrail.CloudTrailRecord}.
 *
 * <pre>{@code
 * EventBridgeEvent<CloudTrailRecord> event =
 *     EventBridgeEvent.fromJson(input, CloudTrailRecord.class);
 * Instant when = event.time();
 * String operation = event.detail().eventName();
 * ObjectNode back = event.toJson();
 * }</pre>
 *
 * <p>Every reader requires a {@code detail} object: an envelope without one (or with a JSON null or
 * a non-object detail) is an {@link EventParseException}. The other rules every entry point of the
 * model shares (duplicate members, trailing content, byte-order mark, depth, non-finite numbers,
 * {@code null} documents) are listed on {@link io.github.cognitoevents.model.CognitoEvents}. {@code
 * toString()} prints the envelope, a detail record of this library through its own redacted {@code
 * toString()}, a JSON detail by its shape only and any other detail by its class name.
 *
 * @param version {@code version}, always {@code "0"} today
 * @param id {@code id}, a UUID per event
 * @param detailType {@code detail-type}, such as {@value #API_CALL_VIA_CLOUDTRAIL}
 * @param source {@code source}, such as {@code aws.cognito-idp}
 * @param account {@code account}, the 12-digit account id
 * @param time {@code time} as an instant
 * @param timeText {@code time} as sent; written back when it denotes {@code time}
 * @param region {@code region}
 * @param resources {@code resources}, the ARNs of the resources involved
 * @param detail {@code detail}: a JSON tree (read-only), a record of this library, or what the
 *     detail reader given to {@link #fromJson(JsonNode, Function)} made of it
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged
 * @param <D> the type of the detail
 */
public record EventBridgeEvent<D>(
    String version,
    String id,
    String detailType,
    String source,
    String account,
    Instant time,
    String timeText,
    String region,
    List<String> resources,
    D detail,
    Map<String, JsonNode> unknownFields) {

  /** The {@code detail-type} of CloudTrail API-call events. */
  public static final String API_CALL_VIA_CLOUDTRAIL = "AWS API Call via CloudTrail";

  /** The {@code detail-type} of CloudTrail service events (Cognito managed login). */
  public static final String SERVICE_EVENT_VIA_CLOUDTRAIL = "AWS Service Event via CloudTrail";

  private static final int DETAIL = 8;

  /** Writes and prints any detail: a record through its codec, a tree as it is. */
  private static final RecordCodec<EventBridgeEvent<Object>> ANY =
      codec(
          Kinds.dynamic(
              d -> {
                throw new IllegalStateException(
                    "no JSON form known for a detail of "
                        + d.getClass().getName()
                        + "; use toJson(Function)");
              },
              false));

  /** The readers by detail class. */
  private static final ClassValue<RecordCodec<EventBridgeEvent<Object>>> READERS =
      new ClassValue<>() {
        @Override
        protected RecordCodec<EventBridgeEvent<Object>> computeValue(Class<?> type) {
          if (type == JsonNode.class) {
            return codec(Kinds.objectOnly(Kinds.JSON));
          }
          RecordCodec<?> detail = Codecs.forType(type);
          if (detail == null) {
            return null;
          }
          return codec(Kinds.objectOnly(Kinds.record(() -> cast(detail))));
        }
      };

  /**
   * Creates the event, copying collections so that it is immutable (a JSON detail is frozen). When
   * {@code timeText} is {@code null} it is derived from {@code time}.
   */
  public EventBridgeEvent {
    if (timeText == null && time != null) {
      timeText = time.toString();
    }
    resources = Frozen.of(resources);
    detail = Frozen.of(detail);
    unknownFields = Frozen.unknown(unknownFields);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /** The envelope's codec, with the detail of the given kind. */
  private static <K> RecordCodec<EventBridgeEvent<Object>> codec(Kind<K> detail) {
    RecordCodec.Builder<EventBridgeEvent<Object>> b =
        RecordCodec.builder(cast(EventBridgeEvent.class));
    return b.field("version", Kinds.STRING, EventBridgeEvent::version)
        .field("id", Kinds.STRING, EventBridgeEvent::id)
        .field("detail-type", Kinds.STRING, EventBridgeEvent::detailType)
        .field("source", Kinds.STRING, EventBridgeEvent::source)
        .field("account", Kinds.STRING, EventBridgeEvent::account)
        .field("time", Kinds.INSTANT_TEXT, e -> Kinds.instantText(e.time(), e.timeText()))
        .field("region", Kinds.STRING, EventBridgeEvent::region)
        .field("resources", Kinds.list(Kinds.STRING), EventBridgeEvent::resources)
        .field("detail", detail, e -> cast(e.detail()))
        .unknownFields(EventBridgeEvent::unknownFields)
        .unregistered()
        .build(
            v -> {
              if (v.get(DETAIL) == null) {
                throw JsonIn.missing("", "detail", "an object", v.isPresent(DETAIL));
              }
              return new EventBridgeEvent<Object>(
                  v.get(0),
                  v.get(1),
                  v.get(2),
                  v.get(3),
                  v.get(4),
                  Kinds.instant(v.get(5)),
                  v.get(5),
                  v.get(6),
                  v.get(7),
                  v.get(DETAIL),
                  v.unknown());
            });
  }

  /**
   * Whether a JSON value looks like an EventBridge event: an object with string members {@code
   * detail-type} and {@code source}. Whether it also has the {@code detail} every reader requires
   * is not part of the test, so that an envelope without one is reported as such.
   *
   * @param json any JSON value
   * @return whether it has the envelope's shape
   */
  public static boolean looksLikeEnvelope(JsonNode json) {
    return json != null
        && json.isObject()
        && json.path("detail-type").isTextual()
        && json.path("source").isTextual();
  }

  /**
   * Reads an event whose detail is kept as a read-only JSON tree.
   *
   * @param json the event
   * @return the event
   * @throws EventParseException if the envelope is malformed or has no {@code detail} object
   */
  public static EventBridgeEvent<JsonNode> fromJson(JsonNode json) {
    return fromJson(json, JsonNode.class);
  }

  /**
   * Reads an event from JSON text, its detail kept as a read-only JSON tree.
   *
   * @param json the event
   * @return the event
   * @throws EventParseException if the text is not JSON, the envelope is malformed or has no {@code
   *     detail} object
   */
  public static EventBridgeEvent<JsonNode> fromJson(String json) {
    return fromJson(json, JsonNode.class);
  }

  /**
   * Reads an event from JSON bytes, its detail kept as a read-only JSON tree.
   *
   * @param json the event
   * @return the event
   * @throws EventParseException as {@link #fromJson(String)}
   */
  public static EventBridgeEvent<JsonNode> fromJson(byte[] json) {
    return fromJson(json, JsonNode.class);
  }

  /**
   * Reads an event from a stream (read to its end, not closed), its detail kept as a read-only JSON
   * tree.
   *
   * @param json the event
   * @return the event
   * @throws EventParseException as {@link #fromJson(String)}, or if the stream fails
   */
  public static EventBridgeEvent<JsonNode> fromJson(InputStream json) {
    return fromJson(json, JsonNode.class);
  }

  /**
   * Reads an event whose detail is a record of this library, such as {@link
   * io.github.cognitoevents.model.cloudtrail.CloudTrailRecord}, or {@code JsonNode}; the detail is
   * streamed, not read into a tree first.
   *
   * @param <D> the detail type
   * @param json the event
   * @param detailType the detail's class
   * @return the event
   * @throws EventParseException if the envelope or the detail is malformed
   * @throws IllegalArgumentException if {@code detailType} is not a record of this library
   * @throws NullPointerException if {@code detailType} is {@code null}
   */
  public static <D> EventBridgeEvent<D> fromJson(JsonNode json, Class<D> detailType) {
    return cast(Documents.read(json, reader(detailType)::read));
  }

  /**
   * As {@link #fromJson(JsonNode, Class)}, from JSON text.
   *
   * @param <D> the detail type
   * @param json the event
   * @param detailType the detail's class
   * @return the event
   */
  public static <D> EventBridgeEvent<D> fromJson(String json, Class<D> detailType) {
    return cast(Documents.read(json, reader(detailType)::read));
  }

  /**
   * As {@link #fromJson(JsonNode, Class)}, from JSON bytes.
   *
   * @param <D> the detail type
   * @param json the event
   * @param detailType the detail's class
   * @return the event
   */
  public static <D> EventBridgeEvent<D> fromJson(byte[] json, Class<D> detailType) {
    return cast(Documents.read(json, reader(detailType)::read));
  }

  /**
   * As {@link #fromJson(JsonNode, Class)}, from a stream read to its end (not closed).
   *
   * @param <D> the detail type
   * @param json the event
   * @param detailType the detail's class
   * @return the event
   */
  public static <D> EventBridgeEvent<D> fromJson(InputStream json, Class<D> detailType) {
    return cast(Documents.read(json, reader(detailType)::read));
  }

  /**
   * Reads an event from a Jackson parser positioned at its object (as a Jackson deserializer is
   * called). Used by {@link io.github.cognitoevents.model.CognitoEventsModule}.
   *
   * @param <D> the detail type
   * @param parser the parser
   * @param detailType the detail's class ({@code JsonNode} or a record of this library)
   * @return the event
   * @throws java.io.IOException if the parser fails
   */
  public static <D> EventBridgeEvent<D> read(
      com.fasterxml.jackson.core.JsonParser parser, Class<D> detailType)
      throws java.io.IOException {
    return cast(reader(detailType).read(Objects.requireNonNull(parser, "parser")));
  }

  private static RecordCodec<EventBridgeEvent<Object>> reader(Class<?> detailType) {
    RecordCodec<EventBridgeEvent<Object>> reader =
        READERS.get(Objects.requireNonNull(detailType, "detailType"));
    if (reader == null) {
      throw new IllegalArgumentException(
          "not a record of this library: "
              + detailType.getName()
              + "; use fromJson(JsonNode, Function)");
    }
    return reader;
  }

  /**
   * Reads an event, reading the detail with {@code detailReader}, which is called with the detail
   * as a read-only tree. An {@link EventParseException} from the reader is rethrown with its
   * pointer under {@code /detail}.
   *
   * @param json the event
   * @param detailReader reads the {@code detail} member (called with a non-null object)
   * @param <D> the detail type
   * @return the event
   * @throws EventParseException if the envelope or the detail is malformed
   */
  public static <D> EventBridgeEvent<D> fromJson(
      JsonNode json, Function<? super JsonNode, ? extends D> detailReader) {
    Objects.requireNonNull(detailReader, "detailReader");
    Kind<D> detail =
        Kinds.objectOnly(
            Kinds.viaTree(
                (node, pointer) -> readDetail(node, pointer, detailReader),
                d -> {
                  throw new IllegalStateException("read only");
                }));
    return cast(Documents.read(json, codec(detail)::read));
  }

  private static <D> D readDetail(
      JsonNode node, String pointer, Function<? super JsonNode, ? extends D> reader) {
    try {
      return reader.apply(node);
    } catch (EventParseException e) {
      String inner = e.pointer();
      String message = e.getMessage();
      if (message != null && !inner.isEmpty()) {
        message = message.replace("'" + inner + "'", "'" + pointer + inner + "'");
      }
      throw new EventParseException(pointer + inner, message, e);
    }
  }

  /**
   * This event as JSON, in the form it was read, the detail written by {@code detailWriter}.
   *
   * @param detailWriter turns the detail into JSON
   * @return a new JSON object
   */
  public ObjectNode toJson(Function<? super D, ? extends JsonNode> detailWriter) {
    Objects.requireNonNull(detailWriter, "detailWriter");
    RecordCodec<EventBridgeEvent<Object>> writer =
        codec(
            Kinds.viaTree(
                (node, pointer) -> {
                  throw new IllegalStateException("write only");
                },
                d -> detailWriter.apply(cast(d))));
    return writer.toJson(cast(this));
  }

  /**
   * This event as JSON, in the form it was read: a JSON detail as it is, a record detail of this
   * library through its own codec.
   *
   * @return a new JSON object
   * @throws IllegalStateException if the detail is of another class (use {@link #toJson(Function)})
   */
  public ObjectNode toJson() {
    return ANY.toJson(cast(this));
  }

  /** The envelope, and the detail as the class description says. */
  @Override
  public String toString() {
    return ANY.toString(cast(this));
  }

  /**
   * The same envelope with another detail.
   *
   * @param newDetail the detail
   * @param <E> its type
   * @return a new event
   */
  public <E> EventBridgeEvent<E> withDetail(E newDetail) {
    return new EventBridgeEvent<>(
        version,
        id,
        detailType,
        source,
        account,
        time,
        timeText,
        region,
        resources,
        newDetail,
        unknownFields);
  }
}
