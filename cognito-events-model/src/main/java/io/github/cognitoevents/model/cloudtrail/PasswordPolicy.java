package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The password rules of a user pool ({@code PasswordPolicyType}).
 *
 * @param minimumLength JSON member {@code minimumLength}
 * @param requireUppercase JSON member {@code requireUppercase}
 * @param requireLowercase JSON member {@code requireLowercase}
 * @param requireNumbers JSON member {@code requireNumbers}
 * @param requireSymbols JSON member {@code requireSymbols}
 * @param passwordHistorySize JSON member {@code passwordHistorySize}
 * @param temporaryPasswordValidityDays JSON member {@code temporaryPasswordValidityDays}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record PasswordPolicy(
    Integer minimumLength,
    Boolean requireUppercase,
    Boolean requireLowercase,
    Boolean requireNumbers,
    Boolean requireSymbols,
    Integer passwordHistorySize,
    Integer temporaryPasswordValidityDays,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public PasswordPolicy {
    unknownFields = Copies.trees(unknownFields);
  }

  static PasswordPolicy read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new PasswordPolicy(
        r.int32("minimumLength"),
        r.bool("requireUppercase"),
        r.bool("requireLowercase"),
        r.bool("requireNumbers"),
        r.bool("requireSymbols"),
        r.int32("passwordHistorySize"),
        r.int32("temporaryPasswordValidityDays"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .integer("minimumLength", minimumLength)
        .bool("requireUppercase", requireUppercase)
        .bool("requireLowercase", requireLowercase)
        .bool("requireNumbers", requireNumbers)
        .bool("requireSymbols", requireSymbols)
        .integer("passwordHistorySize", passwordHistorySize)
        .integer("temporaryPasswordValidityDays", temporaryPasswordValidityDays)
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
