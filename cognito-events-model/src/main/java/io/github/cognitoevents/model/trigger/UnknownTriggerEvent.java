package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import java.util.Objects;

/**
 * A trigger event whose {@code triggerSource} belongs to no known slot (a trigger Cognito adds
 * later, or a placeholder such as {@code "trigger_source"} in hand-written samples). The request
 * and response are kept as read-only JSON and written back unchanged, so a handler can still pass
 * it through; to read it as a known shape use {@link TriggerEvents#parse(JsonNode, Class)}. Its
 * {@code toString()} shows only the member names of the request and response.
 *
 * @param header the shared envelope
 * @param request the request as received; may be null when absent
 * @param response the response as received; may be null when absent
 */
public record UnknownTriggerEvent(TriggerHeader header, JsonNode request, JsonNode response)
    implements TriggerEvent {

  /** Checks the header is present and freezes the JSON values. */
  public UnknownTriggerEvent {
    Objects.requireNonNull(header, "header");
    request = Frozen.of(request);
    response = Frozen.of(response);
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
      Shape.of(
          UnknownTriggerEvent.class,
          Kinds.JSON,
          UnknownTriggerEvent::request,
          Kinds.JSON,
          UnknownTriggerEvent::response,
          UnknownTriggerEvent::new);

  static final RecordCodec<UnknownTriggerEvent> CODEC = SHAPE.codec();

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  @Override
  public String toString() {
    return CODEC.toString(this);
  }
}
