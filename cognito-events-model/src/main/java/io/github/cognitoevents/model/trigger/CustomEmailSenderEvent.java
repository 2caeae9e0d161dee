package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Objects;

/**
 * The CustomEmailSender trigger (sources {@code CustomEmailSender_*}): sends the email through your
 * own provider (including {@code CustomEmailSender_AccountTakeOverNotification}, whose {@code code}
 * is null). Cognito invokes it asynchronously and ignores the return value, so the event has no
 * response; a {@code response} member, if sent, is kept in the header's unknown fields.
 *
 * <pre>{@code
 * byte[] ciphertext = Base64.getDecoder().decode(event.request().code());
 * // decrypt with the AWS Encryption SDK and kms:Decrypt, then deliver
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 */
public record CustomEmailSenderEvent(TriggerHeader header, CustomSenderRequest request)
    implements TriggerEvent {

  /** Checks the header is present. */
  public CustomEmailSenderEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * Whether this is an account-takeover notification ({@code
   * CustomEmailSender_AccountTakeOverNotification}).
   *
   * @return true for that source
   */
  public boolean isAccountTakeOverNotification() {
    return source() == TriggerSource.CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION;
  }

  static final Shape<CustomEmailSenderEvent> SHAPE =
      Shape.withoutResponse(
          CustomEmailSenderEvent.class,
          Kinds.record(() -> CustomSenderRequest.CODEC),
          CustomEmailSenderEvent::request,
          (header, request, response) -> new CustomEmailSenderEvent(header, request));

  static final RecordCodec<CustomEmailSenderEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
