package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * IP ranges always blocked or always allowed ({@code RiskExceptionConfigurationType}).
 *
 * @param blockedIpRangeList JSON member {@code blockedIPRangeList}
 * @param skippedIpRangeList JSON member {@code skippedIPRangeList}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record RiskExceptionConfiguration(
    List<String> blockedIpRangeList,
    List<String> skippedIpRangeList,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public RiskExceptionConfiguration {
    blockedIpRangeList = Copies.nonNullList(blockedIpRangeList);
    skippedIpRangeList = Copies.nonNullList(skippedIpRangeList);
    unknownFields = Copies.trees(unknownFields);
  }

  static RiskExceptionConfiguration read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new RiskExceptionConfiguration(
        r.strings("blockedIPRangeList"), r.strings("skippedIPRangeList"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .stringList("blockedIPRangeList", blockedIpRangeList)
        .stringList("skippedIPRangeList", skippedIpRangeList)
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
