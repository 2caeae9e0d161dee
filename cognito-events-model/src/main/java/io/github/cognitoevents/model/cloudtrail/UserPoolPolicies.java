package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * The policies of a user pool ({@code UserPoolPolicyType}).
 *
 * @param passwordPolicy JSON member {@code passwordPolicy}
 * @param signInPolicy JSON member {@code signInPolicy}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserPoolPolicies(
    PasswordPolicy passwordPolicy, JsonNode signInPolicy, Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public UserPoolPolicies {
    signInPolicy = Copies.tree(signInPolicy);
    unknownFields = Copies.trees(unknownFields);
  }

  static UserPoolPolicies read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserPoolPolicies(
        r.object("passwordPolicy", PasswordPolicy::read), r.tree("signInPolicy"), r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .object("passwordPolicy", passwordPolicy, PasswordPolicy::toJson)
        .tree("signInPolicy", signInPolicy)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code signInPolicy}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode signInPolicy() {
    return Copies.tree(signInPolicy);
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
