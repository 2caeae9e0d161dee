package io.github.cognitoevents.model.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
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
 *     EventBridgeEvent.fromJson(json, CloudTrailRecord::fromJson);
 * Instant when = event.time();
 * String operation = event.detail().eventName();
 * ObjectNode back = event.toJson(CloudTrailRecord::toJson);
 * }</pre>
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
 * @param detail {@code detail}, read by the detail reader given to {@link #fromJson(JsonNode,
 *     Function)}
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

  /**
   * Creates the event, copying collections so that it is immutable. When {@code timeText} is {@code
   * null} it is derived from {@code time}.
   */
  public EventBridgeEvent {
    if (timeText == null && time != null) {
      timeText = time.toString();
    }
    resources = Copies.nonNullList(resources);
    if (detail instanceof JsonNode tree) {
      @SuppressWarnings("unchecked")
      D copy = (D) tree.deepCopy();
      detail = copy;
    }
    unknownFields = Copies.trees(unknownFields);
  }

  /**
   * Whether a JSON value looks like an EventBridge event: an object with string members {@code
   * detail-type} and {@code source} and a {@code detail} member.
   *
   * @param json any JSON value
   * @return whether it has the envelope's shape
   */
  public static boolean looksLikeEnvelope(JsonNode json) {
    return json != null
        && json.isObject()
        && json.path("detail-type").isTextual()
        && json.path("source").isTextual()
        && json.has("detail");
  }

  /**
   * Reads an event whose detail is kept as a JSON tree.
   *
   * @param json the event
   * @return the event
   * @throws EventParseException if the envelope is malformed
   */
  public static EventBridgeEvent<JsonNode> fromJson(JsonNode json) {
    return fromJson(json, Function.identity());
  }

  /**
   * Reads an event, reading the detail with {@code detailReader}. An {@link EventParseException}
   * from the reader is rethrown with its pointer under {@code /detail}.
   *
   * @param json the event
   * @param detailReader reads the {@code detail} member (called with a non-null value)
   * @param <D> the detail type
   * @return the event
   * @throws EventParseException if the envelope or the detail is malformed
   */
  public static <D> EventBridgeEvent<D> fromJson(
      JsonNode json, Function<? super JsonNode, ? extends D> detailReader) {
    Objects.requireNonNull(detailReader, "detailReader");
    FieldReader r = FieldReader.of(JsonSupport.requireFinite(json), "");
    String timeText = r.string("time");
    Instant time = JsonSupport.instant(timeText, "/time", "time");
    return new EventBridgeEvent<D>(
        r.string("version"),
        r.string("id"),
        r.string("detail-type"),
        r.string("source"),
        r.string("account"),
        time,
        timeText,
        r.string("region"),
        r.strings("resources"),
        r.object("detail", (node, pointer) -> readDetail(node, pointer, detailReader)),
        r.unknown());
  }

  private static <D> D readDetail(
      JsonNode node, String pointer, Function<? super JsonNode, ? extends D> reader) {
    try {
      return reader.apply(node);
    } catch (EventParseException e) {
      throw new EventParseException(pointer + e.pointer(), e.getMessage(), e);
    }
  }

  /**
   * This event as JSON, writing the detail with {@code detailWriter}.
   *
   * @param detailWriter writes the detail (called with a non-null value)
   * @return a new JSON object
   */
  public ObjectNode toJson(Function<? super D, ? extends JsonNode> detailWriter) {
    String text = timeText;
    if (time != null && (text == null || !denotes(text, time))) {
      text = time.toString();
    }
    return JsonObjectWriter.create()
        .string("version", version)
        .string("id", id)
        .string("detail-type", detailType)
        .string("source", source)
        .string("account", account)
        .string("time", text)
        .string("region", region)
        .stringList("resources", resources)
        .object("detail", detail, detailWriter)
        .finish(unknownFields);
  }

  private static boolean denotes(String text, Instant instant) {
    try {
      return instant.equals(JsonSupport.instant(text, "", "time"));
    } catch (EventParseException e) {
      return false;
    }
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * {@code detail}; a JSON tree detail is returned as a copy.
   *
   * @return the detail
   */
  @SuppressWarnings("unchecked")
  public D detail() {
    return detail instanceof JsonNode tree ? (D) tree.deepCopy() : detail;
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
