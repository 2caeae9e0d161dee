package io.github.cognitoevents.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.cloudtrail.Redactable;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reading and writing {@link Redactable} values. */
public final class Redactables {

  private Redactables() {}

  /**
   * Reads a value that may be a redaction marker.
   *
   * @param value the JSON value (not null)
   * @param pointer its pointer
   * @param reader reads the value when it is not a marker
   * @param <T> the value type
   * @return the redactable value
   */
  public static <T> Redactable<T> read(
      JsonNode value, String pointer, BiFunction<JsonNode, String, T> reader) {
    if (value.isTextual() && Redactable.isMarker(value.textValue())) {
      return Redactable.redacted(value.textValue());
    }
    return Redactable.of(reader.apply(value, pointer));
  }

  /**
   * Writes a redactable value: the marker string, or the value written by {@code writer}.
   *
   * @param value the value
   * @param writer writes a present value
   * @param <T> the value type
   * @return the JSON
   */
  public static <T> JsonNode write(
      Redactable<T> value, Function<? super T, ? extends JsonNode> writer) {
    if (value instanceof Redactable.Redacted<T> redacted) {
      return JsonSupport.NODES.textNode(redacted.marker());
    }
    return writer.apply(((Redactable.Present<T>) value).value());
  }
}
