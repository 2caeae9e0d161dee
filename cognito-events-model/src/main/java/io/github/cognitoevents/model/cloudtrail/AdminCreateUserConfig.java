package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Whether users may sign themselves up, and the invitation sent to administrator-created users
 * ({@code AdminCreateUserConfigType}).
 *
 * @param allowAdminCreateUserOnly JSON member {@code allowAdminCreateUserOnly}
 * @param unusedAccountValidityDays JSON member {@code unusedAccountValidityDays}
 * @param inviteMessageTemplate JSON member {@code inviteMessageTemplate}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdminCreateUserConfig(
    Boolean allowAdminCreateUserOnly,
    Integer unusedAccountValidityDays,
    JsonNode inviteMessageTemplate,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public AdminCreateUserConfig {
    inviteMessageTemplate = Copies.tree(inviteMessageTemplate);
    unknownFields = Copies.trees(unknownFields);
  }

  static AdminCreateUserConfig read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdminCreateUserConfig(
        r.bool("allowAdminCreateUserOnly"),
        r.int32("unusedAccountValidityDays"),
        r.tree("inviteMessageTemplate"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .bool("allowAdminCreateUserOnly", allowAdminCreateUserOnly)
        .integer("unusedAccountValidityDays", unusedAccountValidityDays)
        .tree("inviteMessageTemplate", inviteMessageTemplate)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code inviteMessageTemplate}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode inviteMessageTemplate() {
    return Copies.tree(inviteMessageTemplate);
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
