package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CloudTrailResource> CODEC =
      RecordCodec.builder(CloudTrailResource.class)
          .field("ARN", Kinds.STRING, CloudTrailResource::arn)
          .field("ARNPrefix", Kinds.STRING, CloudTrailResource::arnPrefix)
          .field("accountId", Kinds.STRING, CloudTrailResource::accountId)
          .field("type", Kinds.STRING, CloudTrailResource::type)
          .unknownFields(CloudTrailResource::unknownFields)
          .build(v -> new CloudTrailResource(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

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
