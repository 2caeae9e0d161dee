package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;
import java.util.Map;

/**
 * The account recovery mechanisms of a user pool ({@code AccountRecoverySettingType}).
 *
 * @param recoveryMechanisms JSON member {@code recoveryMechanisms}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AccountRecoverySetting(
    List<RecoveryOption> recoveryMechanisms, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public AccountRecoverySetting {
    recoveryMechanisms = Copies.nonNullList(recoveryMechanisms);
    unknownFields = Copies.trees(unknownFields);
  }

  static AccountRecoverySetting read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AccountRecoverySetting(
        r.list("recoveryMechanisms", RecoveryOption::read), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .objectList("recoveryMechanisms", recoveryMechanisms, RecoveryOption::toJson)
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
