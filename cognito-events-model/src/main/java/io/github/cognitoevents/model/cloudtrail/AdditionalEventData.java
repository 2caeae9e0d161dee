package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Cognito's {@code additionalEventData}: the user's {@code sub} for calls that target a user, and
 * for managed-login (hosted UI) events the HTTP request parameters (each a list of values, hidden
 * ones redacted), the response status, the user pool and its domain.
 *
 * @param sub JSON member {@code sub}
 * @param userPoolId JSON member {@code userPoolId}
 * @param userPoolDomain JSON member {@code userPoolDomain}
 * @param clientId JSON member {@code clientId}
 * @param requestParameters JSON member {@code requestParameters}
 * @param responseParameters JSON member {@code responseParameters}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record AdditionalEventData(
    String sub,
    String userPoolId,
    String userPoolDomain,
    String clientId,
    JsonNode requestParameters,
    HttpResponseParameters responseParameters,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public AdditionalEventData {
    requestParameters = Copies.tree(requestParameters);
    unknownFields = Copies.trees(unknownFields);
  }

  static AdditionalEventData read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new AdditionalEventData(
        r.string("sub"),
        r.string("userPoolId"),
        r.string("userPoolDomain"),
        r.string("clientId"),
        r.tree("requestParameters"),
        r.object("responseParameters", HttpResponseParameters::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("sub", sub)
        .string("userPoolId", userPoolId)
        .string("userPoolDomain", userPoolDomain)
        .string("clientId", clientId)
        .tree("requestParameters", requestParameters)
        .object("responseParameters", responseParameters, HttpResponseParameters::toJson)
        .finish(unknownFields);
  }

  /**
   * JSON member {@code requestParameters}, kept as a tree.
   *
   * @return a copy of the value, or {@code null} when absent
   */
  public JsonNode requestParameters() {
    return Copies.tree(requestParameters);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }

  /**
   * The managed-login request parameters, each value a list whose hidden items are {@link
   * Redactable.Redacted}.
   *
   * @return the parameters, empty when there are none or they are not in the usual form
   */
  public Map<String, java.util.List<Redactable<String>>> formParameters() {
    if (requestParameters == null || !requestParameters.isObject()) {
      return Map.of();
    }
    Map<String, java.util.List<Redactable<String>>> result = new java.util.LinkedHashMap<>();
    requestParameters
        .properties()
        .forEach(
            e -> {
              java.util.List<Redactable<String>> values = new java.util.ArrayList<>();
              JsonNode v = e.getValue();
              if (v.isArray()) {
                v.forEach(item -> values.add(redactable(item)));
              } else if (!v.isNull()) {
                values.add(redactable(v));
              }
              result.put(e.getKey(), java.util.List.copyOf(values));
            });
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * The first value of a managed-login request parameter, such as {@code client_id} or {@code
   * grant_type}.
   *
   * @param name the parameter name
   * @return the value; empty when absent or hidden
   */
  public java.util.Optional<String> formParameter(String name) {
    java.util.List<Redactable<String>> values = formParameters().get(name);
    return values == null || values.isEmpty()
        ? java.util.Optional.empty()
        : values.get(0).asOptional();
  }

  private static Redactable<String> redactable(JsonNode item) {
    String text = item.asText();
    return Redactable.isMarker(text) ? Redactable.redacted(text) : Redactable.of(text);
  }
}
