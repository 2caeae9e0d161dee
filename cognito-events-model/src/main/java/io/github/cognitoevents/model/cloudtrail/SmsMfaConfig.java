package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * SMS MFA settings ({@code SmsMfaConfigType}).
 *
 * @param smsAuthenticationMessage JSON member {@code smsAuthenticationMessage}
 * @param smsConfiguration JSON member {@code smsConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record SmsMfaConfig(
    String smsAuthenticationMessage,
    JsonNode smsConfiguration,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public SmsMfaConfig {
    smsConfiguration = Copies.tree(smsConfiguration);
    unknownFields = Copies.trees(unknownFields);
  }

  static SmsMfaConfig read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new SmsMfaConfig(
        r.string("smsAuthenticationMessage"), r.tree("smsConfiguration"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("smsAuthenticationMessage", smsAuthenticationMessage)
        .tree("smsConfiguration", smsConfiguration)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code smsConfiguration}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode smsConfiguration() {
    return Copies.tree(smsConfiguration);
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
