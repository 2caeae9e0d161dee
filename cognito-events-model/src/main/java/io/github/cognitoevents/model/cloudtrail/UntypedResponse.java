package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code responseElements} of an operation this library does not type (or of a non-Cognito
 * source), kept as a JSON tree.
 *
 * @param json the JSON value, kept as a read-only tree (a frozen copy of the argument)
 */
public record UntypedResponse(JsonNode json) implements ResponseElements {

  /**
   * Creates the value.
   *
   * @param json the JSON value, not {@code null}
   */
  public UntypedResponse {
    json = Frozen.of(Objects.requireNonNull(json, "json"));
  }

  @Override
  public JsonNode toJson() {
    return json.deepCopy();
  }

  /**
   * A top-level string member, such as {@code userPoolId}.
   *
   * @param name the member name
   * @return its value when it is a string
   */
  public Optional<String> string(String name) {
    return UntypedJson.string(json, name);
  }

  /** Shows the member names only: untyped values may hold data this library cannot classify. */
  @Override
  public String toString() {
    return UntypedJson.describe("UntypedResponse", json);
  }
}
