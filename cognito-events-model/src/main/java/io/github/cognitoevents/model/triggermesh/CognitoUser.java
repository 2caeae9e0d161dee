package io.github.cognitoevents.model.triggermesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.cloudtrail.UserStatus;
import io.github.cognitoevents.model.internal.codec.Documents;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.io.InputStream;
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
    attributes = Frozen.of(attributes);
    mfaOptions = Frozen.of(mfaOptions);
    if (userCreateDateText == null && userCreateDate != null) {
      userCreateDateText = userCreateDate.toString();
    }
    if (userLastModifiedDateText == null && userLastModifiedDate != null) {
      userLastModifiedDateText = userLastModifiedDate.toString();
    }
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CognitoUser> CODEC =
      RecordCodec.builder(CognitoUser.class)
          .field(
              "Attributes",
              Kinds.list(Kinds.record(() -> CognitoUserAttribute.CODEC)),
              CognitoUser::attributes)
          .field("Enabled", Kinds.BOOLEAN, CognitoUser::enabled)
          .field(
              "MFAOptions",
              Kinds.list(Kinds.record(() -> CognitoMfaOption.CODEC)),
              CognitoUser::mfaOptions)
          .field(
              "UserCreateDate",
              Kinds.INSTANT_TEXT,
              u -> Kinds.instantText(u.userCreateDate(), u.userCreateDateText()))
          .field(
              "UserLastModifiedDate",
              Kinds.INSTANT_TEXT,
              u -> Kinds.instantText(u.userLastModifiedDate(), u.userLastModifiedDateText()))
          .field("UserStatus", Kinds.STRING, CognitoUser::userStatus)
          .field("Username", Kinds.STRING, Sensitivity.PERSONAL, CognitoUser::username)
          .unknownFields(CognitoUser::unknownFields)
          .build(
              v ->
                  new CognitoUser(
                      v.get(0),
                      v.get(1),
                      v.get(2),
                      Kinds.instant(v.get(3)),
                      v.get(3),
                      Kinds.instant(v.get(4)),
                      v.get(4),
                      v.get(5),
                      v.get(6),
                      v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * Reads a user from JSON text: the {@code data} of the CloudEvent, or one element of {@code
   * ListUsers}' {@code Users} (the SDK's {@code UserType} as JSON), with the checks of every entry
   * point of the model (see {@link io.github.cognitoevents.model.CognitoEvents}).
   *
   * @param json the JSON text
   * @return the user
   * @throws io.github.cognitoevents.model.EventParseException if it is not a user
   */
  public static CognitoUser fromJson(String json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a user from JSON bytes.
   *
   * @param json the bytes
   * @return the user
   * @throws io.github.cognitoevents.model.EventParseException if it is not a user
   */
  public static CognitoUser fromJson(byte[] json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a user from a stream (read to its end, not closed).
   *
   * @param json the stream
   * @return the user
   * @throws io.github.cognitoevents.model.EventParseException if it is not a user
   */
  public static CognitoUser fromJson(InputStream json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * Reads a user from a Jackson tree (not changed).
   *
   * @param json the tree
   * @return the user
   * @throws io.github.cognitoevents.model.EventParseException if it is not a user
   */
  public static CognitoUser fromJson(JsonNode json) {
    return Documents.read(json, CODEC::read);
  }

  /**
   * This user as JSON, in the form it was read.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
