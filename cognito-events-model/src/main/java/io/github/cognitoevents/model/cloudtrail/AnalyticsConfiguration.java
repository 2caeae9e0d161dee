package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The Amazon Pinpoint analytics settings of an app client ({@code AnalyticsConfigurationType}).
 *
 * @param applicationId JSON member {@code applicationId}
 * @param applicationArn JSON member {@code applicationArn}
 * @param roleArn JSON member {@code roleArn}
 * @param externalId JSON member {@code externalId}
 * @param userDataShared JSON member {@code userDataShared}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AnalyticsConfiguration(
    String applicationId,
    String applicationArn,
    String roleArn,
    String externalId,
    Boolean userDataShared,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public AnalyticsConfiguration {
    unknownFields = Copies.trees(unknownFields);
  }

  static AnalyticsConfiguration read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AnalyticsConfiguration(
        r.string("applicationId"),
        r.string("applicationArn"),
        r.string("roleArn"),
        r.string("externalId"),
        r.bool("userDataShared"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("applicationId", applicationId)
        .string("applicationArn", applicationArn)
        .string("roleArn", roleArn)
        .string("externalId", externalId)
        .bool("userDataShared", userDataShared)
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
