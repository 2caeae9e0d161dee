package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<Addendum> CODEC =
      RecordCodec.builder(Addendum.class)
          .field("reason", Kinds.STRING, Addendum::reason)
          .field("updatedFields", Kinds.STRING, Addendum::updatedFields)
          .field("originalRequestID", Kinds.STRING, Addendum::originalRequestId)
          .field("originalEventID", Kinds.STRING, Addendum::originalEventId)
          .unknownFields(Addendum::unknownFields)
          .build(v -> new Addendum(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
