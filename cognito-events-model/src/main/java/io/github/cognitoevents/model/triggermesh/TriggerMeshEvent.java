package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
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
    unknownFields = Copies.trees(unknownFields);
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
   * Reads the CloudEvent (structured JSON mode).
   *
   * @param json the event
   * @return the event
   * @throws EventParseException if a member has the wrong kind
   */
  public static TriggerMeshEvent fromJson(JsonNode json) {
    FieldReader r = FieldReader.of(JsonSupport.requireFinite(json), "");
    String specVersion = r.string("specversion");
    String id = r.string("id");
    String type = r.string("type");
    String source = r.string("source");
    String subject = r.string("subject");
    String dataContentType = r.string("datacontenttype");
    String timeText = r.string("time");
    return new TriggerMeshEvent(
        specVersion,
        id,
        type,
        source,
        subject,
        dataContentType,
        JsonSupport.instant(timeText, "/time", "time"),
        timeText,
        r.object("data", CognitoUser::read),
        r.unknown());
  }

  /**
   * Reads the CloudEvent from JSON text.
   *
   * @param json the JSON text
   * @return the event
   * @throws EventParseException if the text is not JSON or not this event
   */
  public static TriggerMeshEvent fromJson(String json) {
    return fromJson(JsonSupport.parse(json));
  }

  /**
   * This event as structured-mode JSON, in the form it was read.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    String text = timeText;
    if (time != null) {
      try {
        if (text == null || !time.equals(JsonSupport.instant(text, "", "time"))) {
          text = time.toString();
        }
      } catch (EventParseException e) {
        text = time.toString();
      }
    }
    return JsonObjectWriter.create()
        .string("specversion", specVersion)
        .string("id", id)
        .string("type", type)
        .string("source", source)
        .string("subject", subject)
        .string("datacontenttype", dataContentType)
        .string("time", text)
        .object("data", data, CognitoUser::toJson)
        .finish(unknownFields);
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
