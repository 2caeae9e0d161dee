package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
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
    unknownFields = Copies.trees(unknownFields);
  }

  static SessionAttributes read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SessionAttributes(r.text("creationDate"), r.text("mfaAuthenticated"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("creationDate", creationDate)
        .string("mfaAuthenticated", mfaAuthenticated)
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
   * Whether the session was MFA-authenticated ({@code mfaAuthenticated} is {@code "true"}).
   *
   * @return {@code true} only for the string {@code "true"}, in any case
   */
  public boolean isMfaAuthenticated() {
    return "true".equalsIgnoreCase(mfaAuthenticated);
  }
}
