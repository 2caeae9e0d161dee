package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.JsonCursor;
import java.util.Objects;

/**
 * A trigger event whose {@code triggerSource} belongs to no known slot (a trigger Cognito adds
 * later, or a placeholder such as {@code "trigger_source"} in hand-written samples). The request
 * and response are kept as JSON and written back unchanged, so a handler can still pass it through;
 * to read it as a known shape use {@link TriggerEvents#parse(JsonNode, Class)}.
 *
 * @param header the shared envelope
 * @param request the request as received; may be null when absent
 * @param response the response as received; may be null when absent
 */
public record UnknownTriggerEvent(TriggerHeader header, JsonNode request, JsonNode response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public UnknownTriggerEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response as JSON
   * @return the copy
   */
  public UnknownTriggerEvent withResponse(JsonNode response) {
    return new UnknownTriggerEvent(header, request, response);
  }

  static final Shape<UnknownTriggerEvent> SHAPE =
      new Shape<>(
          UnknownTriggerEvent.class,
          JsonCursor::node,
          JsonCursor::node,
          (header, request, response) ->
              new UnknownTriggerEvent(header, (JsonNode) request, (JsonNode) response));

  @Override
  public ObjectNode toJson() {
    return header.writer().node("request", request).node("response", response).finish();
  }
}
