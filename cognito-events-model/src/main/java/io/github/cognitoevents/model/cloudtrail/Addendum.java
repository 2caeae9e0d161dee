package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Why a record was delivered late or updated ({@code addendum}).
 *
 * @param reason JSON member {@code reason}
 * @param updatedFields JSON member {@code updatedFields}
 * @param originalRequestId JSON member {@code originalRequestID}
 * @param originalEventId JSON member {@code originalEventID}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record Addendum(
    String reason,
    String updatedFields,
    String originalRequestId,
    String originalEventId,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public Addendum {
    unknownFields = Copies.trees(unknownFields);
  }

  static Addendum read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new Addendum(
        r.string("reason"),
        r.string("updatedFields"),
        r.string("originalRequestID"),
        r.string("originalEventID"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("reason", reason)
        .string("updatedFields", updatedFields)
        .string("originalRequestID", originalRequestId)
        .string("originalEventID", originalEventId)
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
}
