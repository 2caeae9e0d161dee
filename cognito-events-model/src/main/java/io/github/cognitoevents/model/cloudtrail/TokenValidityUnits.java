package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The units of a client's token validities ({@code TokenValidityUnitsType}).
 *
 * @param accessToken JSON member {@code accessToken}
 * @param idToken JSON member {@code idToken}
 * @param refreshToken JSON member {@code refreshToken}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record TokenValidityUnits(
    String accessToken, String idToken, String refreshToken, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public TokenValidityUnits {
    unknownFields = Copies.trees(unknownFields);
  }

  static TokenValidityUnits read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new TokenValidityUnits(
        r.string("accessToken"), r.string("idToken"), r.string("refreshToken"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("accessToken", accessToken)
        .string("idToken", idToken)
        .string("refreshToken", refreshToken)
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
