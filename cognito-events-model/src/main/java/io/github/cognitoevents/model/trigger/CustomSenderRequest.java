package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.Redaction;
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
    clientMetadata = Copies.map(clientMetadata);
    userAttributes = Copies.map(userAttributes);
    unknownFields = Copies.mapOrEmpty(unknownFields);
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

  static CustomSenderRequest read(JsonCursor c) {
    String typeValue = null;
    String codeValue = null;
    Map<String, String> clientMetadata = null;
    Map<String, String> userAttributes = null;
    while (c.next()) {
      switch (c.name()) {
        case "type" -> typeValue = c.string();
        case "code" -> codeValue = c.string();
        case "clientMetadata" -> clientMetadata = c.stringMap();
        case "userAttributes" -> userAttributes = c.stringMap();
        default -> c.keep();
      }
    }
    return new CustomSenderRequest(typeValue, codeValue, clientMetadata, userAttributes, c.rest());
  }

  /**
   * This request as JSON.
   *
   * @return a new object node
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create(unknownFields)
        .string("type", type)
        .string("code", code)
        .stringMap("clientMetadata", clientMetadata)
        .stringMap("userAttributes", userAttributes)
        .finish();
  }

  /** Never prints the encrypted code nor client metadata values. */
  @Override
  public String toString() {
    return Redaction.of("CustomSenderRequest")
        .field("type", type)
        .secret("code", code)
        .keysOnly("clientMetadata", clientMetadata)
        .field("userAttributes", userAttributes)
        .unknown(unknownFields)
        .toString();
  }
}
