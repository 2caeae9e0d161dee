package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.internal.JsonValues;
import io.github.cognitoevents.model.internal.Redactables;
import java.util.List;
import java.util.Map;

/**
 * A user pool user ({@code UserType}), as returned by {@code AdminCreateUser}.
 *
 * @param username JSON member {@code username}
 * @param attributes JSON member {@code attributes}
 * @param userCreateDate JSON member {@code userCreateDate}
 * @param userLastModifiedDate JSON member {@code userLastModifiedDate}
 * @param enabled JSON member {@code enabled}
 * @param userStatus JSON member {@code userStatus}
 * @param mfaOptions JSON member {@code mFAOptions}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record User(
    Redactable<String> username,
    Redactable<List<UserAttribute>> attributes,
    String userCreateDate,
    String userLastModifiedDate,
    Boolean enabled,
    String userStatus,
    List<MfaOption> mfaOptions,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public User {
    mfaOptions = Copies.nonNullList(mfaOptions);
    unknownFields = Copies.trees(unknownFields);
  }

  static User read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new User(
        r.redactable("username", (n, p) -> JsonSupport.text(n, p, "username")),
        r.redactable(
            "attributes", (n, p) -> FieldReader.listOf(n, p, "attributes", UserAttribute::read)),
        r.text("userCreateDate"),
        r.text("userLastModifiedDate"),
        r.bool("enabled"),
        r.string("userStatus"),
        r.list("mFAOptions", MfaOption::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .object("username", username, x -> Redactables.write(x, JsonSupport.NODES::textNode))
        .object(
            "attributes",
            attributes,
            x -> Redactables.write(x, l -> JsonValues.ofList(l, UserAttribute::toJson)))
        .string("userCreateDate", userCreateDate)
        .string("userLastModifiedDate", userLastModifiedDate)
        .bool("enabled", enabled)
        .string("userStatus", userStatus)
        .objectList("mFAOptions", mfaOptions, MfaOption::toJson)
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

  /**
   * {@code userStatus} as an enum.
   *
   * @return the constant, {@link UserStatus#UNKNOWN} for a value this library does not know, or
   *     {@code null} when absent
   */
  public UserStatus userStatusEnum() {
    return userStatus == null ? null : UserStatus.fromValue(userStatus);
  }
}
