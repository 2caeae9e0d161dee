package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.codec.Documents;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * The CloudEvent emitted by TriggerMesh's Amazon Cognito User Pool source (structured JSON mode):
 * one event per user created or modified since the previous poll, of type {@value #TYPE}, whose
 * {@code source} is the user pool ARN, {@code subject} the user pool id and {@code data} the {@link
 * CognitoUser}. CloudEvents extension attributes are kept in {@link #unknownFields()}.
 *
 * <pre>{@code
 * TriggerMeshEvent event = TriggerMeshEvent.fromJson(json);
 * String pool = event.subject();
 * String email = event.data().attribute("email").orElse("?");
 * }</pre>
 *
 * @param specVersion {@code specversion}, {@code "1.0"}
 * @param id {@code id}
 * @param type {@code type}, {@value #TYPE}
 * @param source {@code source}, the user pool ARN
 * @param subject {@code subject}, the user pool id
 * @param dataContentType {@code datacontenttype}, {@code application/json}
 * @param time {@code time} as an instant, when present
 * @param timeText {@code time} as sent
 * @param data {@code data}, the user
 * @param unknownFields extension attributes, explicit JSON nulls and other members; written back
 *     unchanged
 */
public record TriggerMeshEvent(
    String specVersion,
    String id,
    String type,
    String source,
    String subject,
    String dataContentType,
    Instant time,
    String timeText,
    CognitoUser data,
    Map<String, JsonNode> unknownFields) {

  /** The CloudEvents type the source emits. */
  public static final String TYPE = "com.amazon.cognito-idp.sync_trigger";

  /**
   * The type named by TriggerMesh's documentation and schema registry (documentation drift; the
   * code emits {@value #TYPE}); accepted as well.
   */
  public static final String DOCUMENTED_TYPE = "com.amazon.cognitouserpool.sync_trigger";

  /** Creates the event, copying collections; a missing {@code timeText} is derived from time. */
  public TriggerMeshEvent {
    if (timeText == null && time != null) {
      timeText = time.toString();
    }
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<TriggerMeshEvent> CODEC =
      RecordCodec.builder(TriggerMeshEvent.class)
          .field("specversion", Kinds.STRING, TriggerMeshEvent::specVersion)
          .field("id", Kinds.STRING, TriggerMeshEvent::id)
          .field("type", Kinds.STRING, TriggerMeshEvent::type)
          .field("source", Kinds.STRING, TriggerMeshEvent::source)
          .field("subject", Kinds.STRING, TriggerMeshEvent::subject)
          .field("datacontenttype", Kinds.STRING, TriggerMeshEvent::dataContentType)
          .field("time", Kinds.INSTANT_TEXT, e -> Kinds.instantText(e.time(), e.timeText()))
          .field("data", Kinds.record(() -> CognitoUser.CODEC), TriggerMeshEvent::data)
          .unknownFields(TriggerMeshEvent::unknownFields)
          .build(
              v ->
                  new TriggerMeshEvent(
                      v.get(0),
                      v.get(1),
                      v.get(2),
                      v.get(3),
                      v.get(4),
                      v.get(5),
                      Kinds.instant(v.get(6)),
                      v.get(6),
                      v.get(7),
                      v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * Whether a JSON value looks like this CloudEvent: an object with {@code specversion} and a
   * {@code type} of {@value #TYPE} or {@value #DOCUMENTED_TYPE}.
   *
   * @param json any JSON value
   * @return whether {@link #fromJson(JsonNode)} is the right reader for it
   */
  public static boolean looksLikeEvent(JsonNode json) {
    if (json == null || !json.isObject() || !json.has("specversion")) {
      return false;
    }
    String type = json.path("type").asText("");
    return TYPE.equals(type) || DOCUMENTED_TYPE.equals(type);
  }

  /**
   * Reads a TriggerMesh event from a Jackson tree (not modified), with the checks every entry point
   * of the model shares (see {@link io.github.cognitoevents.model.CognitoEvents}).
   *
   * @param json the CloudEvent in structured JSON mode
   * @return the event
   * @throws io.github.cognitoevents.model.EventParseException if the document is not such an event
   */
  public static TriggerMeshEvent fromJson(JsonNode json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a TriggerMesh event from JSON bytes.
   *
   * @param json the CloudEvent in structured JSON mode
   * @return the event
   * @throws io.github.cognitoevents.model.EventParseException if the document is not such an event
   */
  public static TriggerMeshEvent fromJson(byte[] json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a TriggerMesh event from a stream, read to its end but not closed.
   *
   * @param json the CloudEvent in structured JSON mode
   * @return the event
   * @throws io.github.cognitoevents.model.EventParseException if the document is not such an event
   *     or cannot be read
   */
  public static TriggerMeshEvent fromJson(InputStream json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a TriggerMesh event from JSON text (a leading byte-order mark is ignored).
   *
   * @param json the CloudEvent in structured JSON mode
   * @return the event
   * @throws io.github.cognitoevents.model.EventParseException if the text is not such an event
   */
  public static TriggerMeshEvent fromJson(String json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads the event from its CloudEvent attributes and data bytes, as a binary-mode delivery
   * carries them (HTTP {@code ce-*} headers and the body; Kafka headers and the value), without
   * building structured JSON first. The result equals the structured-mode event with the same
   * content.
   *
   * <pre>{@code
   * Map<String, String> attributes = new LinkedHashMap<>();
   * attributes.put("specversion", "1.0");
   * attributes.put("id", request.header("ce-id"));
   * ... // type, source, subject, time, and any extension attributes
   * TriggerMeshEvent event = TriggerMeshEvent.fromCloudEvent(attributes, request.body());
   * }</pre>
   *
   * @param attributes the CloudEvent's context attributes by name ({@code specversion}, {@code id},
   *     {@code type}, {@code source}, {@code subject}, {@code time}, {@code datacontenttype} and
   *     extensions, kept in the given order in {@link #unknownFields()}); not {@code data}
   * @param data the data: the user, as JSON bytes
   * @return the event
   * @throws EventParseException if the type is not {@value #TYPE} (or {@value #DOCUMENTED_TYPE}),
   *     the content type is not JSON, an attribute is named {@code data}, or the data is absent or
   *     not a user (the pointer names {@code /data/...}); never quoting a value
   */
  public static TriggerMeshEvent fromCloudEvent(Map<String, String> attributes, byte[] data) {
    if (attributes == null) {
      throw new EventParseException("", "the attributes are null");
    }
    String type = attributes.get("type");
    if (!TYPE.equals(type) && !DOCUMENTED_TYPE.equals(type)) {
      throw new EventParseException(
          "/type", "the CloudEvent's type is not " + TYPE + " (it is another event)");
    }
    String contentType = attributes.get("datacontenttype");
    if (contentType != null && !isJson(contentType)) {
      throw new EventParseException("/datacontenttype", "the CloudEvent's data is not JSON");
    }
    if (data == null) {
      throw new EventParseException("/data", "the CloudEvent has no data");
    }
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      String name = attribute.getKey();
      if (name == null || name.equals("data") || name.equals("data_base64")) {
        throw new EventParseException("", "a CloudEvent attribute cannot be named data");
      }
      event.put(name, attribute.getValue());
    }
    JsonNode user;
    try {
      user = Documents.tree(data);
    } catch (EventParseException e) {
      throw new EventParseException(
          "/data" + e.pointer(), e.getMessage().replace("field '", "field '/data"));
    }
    event.set("data", user);
    return fromJson(event);
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /**
   * This event as JSON, in the form it was read.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The user pool id: {@code subject}, or the last segment of the {@code source} ARN.
   *
   * @return the user pool id, or {@code null} when neither is present
   */
  public String userPoolId() {
    if (subject != null) {
      return subject;
    }
    if (source != null && source.contains("userpool/")) {
      return source.substring(source.lastIndexOf("userpool/") + "userpool/".length());
    }
    return null;
  }
}
