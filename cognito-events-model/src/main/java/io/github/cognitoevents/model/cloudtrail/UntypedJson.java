package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cognitoevents.model.internal.codec.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@link UntypedRequest} and {@link UntypedResponse} share: reading and showing a tree. */
final class UntypedJson {
  private UntypedJson() {}

  /** A top-level string member of {@code json}, when it is a string. */
  static Optional<String> string(JsonNode json, String name) {
    JsonNode value = json.get(name);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  /** {@code type} followed by the member names only (or a description of a non-object). */
  static String describe(String type, JsonNode json) {
    if (!json.isObject()) {
      return type + "[" + Json.kind(json) + "]";
    }
    List<String> names = new ArrayList<>();
    json.properties().forEach(e -> names.add(e.getKey()));
    return type + names;
  }
}
