package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
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
    requestParameters = Frozen.of(requestParameters);
    unknownFields = Frozen.unknown(unknownFields);
  }

  static final RecordCodec<AdditionalEventData> CODEC =
      RecordCodec.builder(AdditionalEventData.class)
          .field("sub", Kinds.STRING, AdditionalEventData::sub)
          .field("userPoolId", Kinds.STRING, AdditionalEventData::userPoolId)
          .field("userPoolDomain", Kinds.STRING, AdditionalEventData::userPoolDomain)
          .field("clientId", Kinds.STRING, AdditionalEventData::clientId)
          .field("requestParameters", Kinds.JSON, AdditionalEventData::requestParameters)
          .field(
              "responseParameters",
              Kinds.record(() -> HttpResponseParameters.CODEC),
              AdditionalEventData::responseParameters)
          .unknownFields(AdditionalEventData::unknownFields)
          .build(
              v ->
                  new AdditionalEventData(
                      v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.unknown()));

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
