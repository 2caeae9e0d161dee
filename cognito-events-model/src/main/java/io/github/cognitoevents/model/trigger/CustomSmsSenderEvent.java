package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
      new Shape<>(
          CustomSmsSenderEvent.class,
          c -> c.object(CustomSenderRequest::read),
          null,
          (header, request, response) ->
              new CustomSmsSenderEvent(header, (CustomSenderRequest) request));

  @Override
  public ObjectNode toJson() {
    return header.writer().object("request", request, CustomSenderRequest::toJson).finish();
  }
}
