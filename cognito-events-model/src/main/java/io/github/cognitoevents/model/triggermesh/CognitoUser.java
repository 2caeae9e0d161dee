package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.cloudtrail.UserStatus;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code data} of a TriggerMesh Cognito user pool event: the user as returned by {@code
 * ListUsers}, serialised by Go with the SDK's field names ({@code Username}, {@code Attributes},
 * ...). {@code MFAOptions} is normally JSON {@code null} (kept in {@link #unknownFields()}).
 *
 * @param attributes {@code Attributes}
 * @param enabled {@code Enabled}
 * @param mfaOptions {@code MFAOptions}
 * @param userCreateDate {@code UserCreateDate} as an instant
 * @param userCreateDateText {@code UserCreateDate} as sent
 * @param userLastModifiedDate {@code UserLastModifiedDate} as an instant
 * @param userLastModifiedDateText {@code UserLastModifiedDate} as sent
 * @param userStatus {@code UserStatus}, such as {@code CONFIRMED}
 * @param username {@code Username}
 * @param unknownFields members not modelled above and explicit JSON nulls; written back unchanged
 */
public record CognitoUser(
    List<CognitoUserAttribute> attributes,
    Boolean enabled,
    List<CognitoMfaOption> mfaOptions,
    Instant userCreateDate,
    String userCreateDateText,
    Instant userLastModifiedDate,
    String userLastModifiedDateText,
    String userStatus,
    String username,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections; missing date texts are derived from the instants. */
  public CognitoUser {
    attributes = Copies.nonNullList(attributes);
    mfaOptions = Copies.nonNullList(mfaOptions);
    if (userCreateDateText == null && userCreateDate != null) {
      userCreateDateText = userCreateDate.toString();
    }
    if (userLastModifiedDateText == null && userLastModifiedDate != null) {
      userLastModifiedDateText = userLastModifiedDate.toString();
    }
    unknownFields = Copies.trees(unknownFields);
  }

  static CognitoUser read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    List<CognitoUserAttribute> attributes = r.list("Attributes", CognitoUserAttribute::read);
    Boolean enabled = r.bool("Enabled");
    List<CognitoMfaOption> mfaOptions = r.list("MFAOptions", CognitoMfaOption::read);
    String created = r.string("UserCreateDate");
    String modified = r.string("UserLastModifiedDate");
    return new CognitoUser(
        attributes,
        enabled,
        mfaOptions,
        JsonSupport.instant(created, r.pointer("UserCreateDate"), "UserCreateDate"),
        created,
        JsonSupport.instant(modified, r.pointer("UserLastModifiedDate"), "UserLastModifiedDate"),
        modified,
        r.string("UserStatus"),
        r.string("Username"),
        r.unknown());
  }

  /**
   * This user as JSON, in the form it was read.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .objectList("Attributes", attributes, CognitoUserAttribute::toJson)
        .bool("Enabled", enabled)
        .objectList("MFAOptions", mfaOptions, CognitoMfaOption::toJson)
        .string("UserCreateDate", text(userCreateDateText, userCreateDate))
        .string("UserLastModifiedDate", text(userLastModifiedDateText, userLastModifiedDate))
        .string("UserStatus", userStatus)
        .string("Username", username)
        .finish(unknownFields);
  }

  private static String text(String text, Instant instant) {
    if (instant == null) {
      return text;
    }
    try {
      if (text != null && instant.equals(JsonSupport.instant(text, "", "date"))) {
        return text;
      }
    } catch (EventParseException e) {
      // fall through: the instant wins
    }
    return instant.toString();
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
   * The value of one attribute, such as {@code email} or {@code sub}.
   *
   * @param name the attribute name
   * @return the value, or empty when the user has no such attribute or its value is null
   */
  public Optional<String> attribute(String name) {
    if (attributes == null) {
      return Optional.empty();
    }
    return attributes.stream()
        .filter(a -> name.equals(a.name()))
        .map(CognitoUserAttribute::value)
        .filter(v -> v != null)
        .findFirst();
  }

  /**
   * {@code UserStatus} as an enum.
   *
   * @return the constant, {@link UserStatus#UNKNOWN} for an unknown value, {@code null} when absent
   */
  public UserStatus userStatusEnum() {
    return userStatus == null ? null : UserStatus.fromValue(userStatus);
  }
}
