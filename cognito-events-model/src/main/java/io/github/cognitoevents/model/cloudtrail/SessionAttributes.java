package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Map;

/**
 * Attributes of a session ({@code sessionContext.attributes}). CloudTrail sends both values as
 * strings ({@code "true"}, {@code "2024-01-01T00:00:00Z"}); the record keeps them as sent.
 *
 * @param creationDate JSON member {@code creationDate}
 * @param mfaAuthenticated JSON member {@code mfaAuthenticated}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SessionAttributes(
    String creationDate, String mfaAuthenticated, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SessionAttributes {
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<SessionAttributes> CODEC =
      RecordCodec.builder(SessionAttributes.class)
          .field("creationDate", Kinds.STRING, SessionAttributes::creationDate)
          .field("mfaAuthenticated", Kinds.STRING, SessionAttributes::mfaAuthenticated)
          .unknownFields(SessionAttributes::unknownFields)
          .build(v -> new SessionAttributes(v.get(0), v.get(1), v.unknown()));

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

  /**
   * Whether the session was MFA-authenticated ({@code mfaAuthenticated} is {@code "true"}).
   *
   * @return {@code true} only for the string {@code "true"}, in any case
   */
  public boolean isMfaAuthenticated() {
    return "true".equalsIgnoreCase(mfaAuthenticated);
  }
}
