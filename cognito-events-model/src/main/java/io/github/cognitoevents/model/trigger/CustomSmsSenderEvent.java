package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Objects;

/**
 * The CustomSMSSender trigger (sources {@code CustomSMSSender_*}): sends the SMS text through your
 * own provider. Cognito invokes it asynchronously and ignores the return value, so the event has no
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
public record CustomSmsSenderEvent(TriggerHeader header, CustomSenderRequest request)
    implements TriggerEvent {

  /** Checks the header is present. */
  public CustomSmsSenderEvent {
    Objects.requireNonNull(header, "header");
  }

  static final Shape<CustomSmsSenderEvent> SHAPE =
      Shape.withoutResponse(
          CustomSmsSenderEvent.class,
          Kinds.record(() -> CustomSenderRequest.CODEC),
          CustomSmsSenderEvent::request,
          (header, request, response) -> new CustomSmsSenderEvent(header, request));

  static final RecordCodec<CustomSmsSenderEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }
}
