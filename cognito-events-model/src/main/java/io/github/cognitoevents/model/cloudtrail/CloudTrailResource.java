package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * A resource named by a CloudTrail record ({@code resources[]}); note the upper-case {@code ARN}
 * key.
 *
 * @param arn JSON member {@code ARN}
 * @param arnPrefix JSON member {@code ARNPrefix}
 * @param accountId JSON member {@code accountId}
 * @param type JSON member {@code type}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CloudTrailResource(
    String arn,
    String arnPrefix,
    String accountId,
    String type,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public CloudTrailResource {
    unknownFields = Copies.trees(unknownFields);
  }

  static CloudTrailResource read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new CloudTrailResource(
        r.string("ARN"),
        r.string("ARNPrefix"),
        r.string("accountId"),
        r.string("type"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("ARN", arn)
        .string("ARNPrefix", arnPrefix)
        .string("accountId", accountId)
        .string("type", type)
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
