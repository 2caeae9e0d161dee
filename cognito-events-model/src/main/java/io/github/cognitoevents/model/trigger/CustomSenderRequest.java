package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.util.Map;

/**
 * The request of the CustomSMSSender and CustomEmailSender triggers. {@code code} is a base64
 * ciphertext made with the AWS Encryption SDK under the pool's KMS key (decrypt it with {@code
 * kms:Decrypt}); {@code toString()} never prints it nor client metadata values.
 *
 * @param type {@code "customSMSSenderRequestV1"} or {@code "customEmailSenderRequestV1"}
 * @param code the encrypted code (secret); null for account-takeover notifications
 * @param clientMetadata the {@code ClientMetadata} of the call; may be null
 * @param userAttributes the attributes of the user; for {@code
 *     CustomEmailSender_AccountTakeOverNotification} a fixed set of upper-case keys ({@code
 *     EVENT_ID}, {@code USER_NAME}, {@code IP_ADDRESS}, {@code ACCOUNT_TAKE_OVER_ACTION}, ...)
 * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
 */
public record CustomSenderRequest(
    String type,
    String code,
    Map<String, String> clientMetadata,
    Map<String, String> userAttributes,
    Map<String, JsonNode> unknownFields) {

  /** The {@code type} of CustomSMSSender requests. */
  public static final String SMS_TYPE = "customSMSSenderRequestV1";

  /** The {@code type} of CustomEmailSender requests. */
  public static final String EMAIL_TYPE = "customEmailSenderRequestV1";

  /** The {@code ACCOUNT_TAKE_OVER_ACTION} values of an account-takeover notification. */
  public enum AccountTakeOverAction {
    /** The sign-in was blocked. */
    BLOCK,
    /** No action was taken. */
    NO_ACTION,
    /** MFA was required. */
    MFA,
    /** MFA was required if the user has it configured. */
    MFA_IF_CONFIGURED,
    /** MFA was required, configured or not. */
    MFA_REQUIRED,
    /** Any other value, or no such attribute. */
    UNKNOWN;

    /**
     * The constant for a raw value (exact match).
     *
     * @param value the raw value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} when not documented
     */
    public static AccountTakeOverAction of(String value) {
      for (AccountTakeOverAction a : values()) {
        if (a != UNKNOWN && a.name().equals(value)) {
          return a;
        }
      }
      return UNKNOWN;
    }
  }

  /** Copies the maps. */
  public CustomSenderRequest {
    clientMetadata = Frozen.of(clientMetadata);
    userAttributes = Frozen.of(userAttributes);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<CustomSenderRequest> CODEC =
      RecordCodec.builder(CustomSenderRequest.class)
          .field("type", Kinds.STRING, CustomSenderRequest::type)
          .field("code", Kinds.STRING, Sensitivity.SECRET, CustomSenderRequest::code)
          .field(
              "clientMetadata",
              Kinds.map(Kinds.STRING),
              Sensitivity.SECRET,
              CustomSenderRequest::clientMetadata)
          .field(
              "userAttributes",
              Kinds.map(Kinds.STRING),
              Sensitivity.PERSONAL,
              CustomSenderRequest::userAttributes)
          .unknownFields(CustomSenderRequest::unknownFields)
          .build(v -> new CustomSenderRequest(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * The typed {@code ACCOUNT_TAKE_OVER_ACTION} attribute of an account-takeover notification.
   *
   * @return the constant, {@link AccountTakeOverAction#UNKNOWN} when absent or undocumented
   */
  public AccountTakeOverAction accountTakeOverAction() {
    return AccountTakeOverAction.of(
        userAttributes == null ? null : userAttributes.get("ACCOUNT_TAKE_OVER_ACTION"));
  }

  /**
   * This request as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
