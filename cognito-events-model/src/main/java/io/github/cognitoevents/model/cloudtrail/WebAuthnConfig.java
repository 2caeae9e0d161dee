package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.Map;

/**
 * Passkey settings ({@code WebAuthnConfigurationType}).
 *
 * @param relyingPartyId JSON member {@code relyingPartyId}
 * @param userVerification JSON member {@code userVerification}
 * @param factorConfiguration JSON member {@code factorConfiguration}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record WebAuthnConfig(
    String relyingPartyId,
    String userVerification,
    String factorConfiguration,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public WebAuthnConfig {
    unknownFields = Copies.trees(unknownFields);
  }

  static WebAuthnConfig read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new WebAuthnConfig(
        r.string("relyingPartyId"),
        r.string("userVerification"),
        r.string("factorConfiguration"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("relyingPartyId", relyingPartyId)
        .string("userVerification", userVerification)
        .string("factorConfiguration", factorConfiguration)
        .finish(unknownFields);
  }

  /**
   * The members kept verbatim (see the class description).
   *
   * @return an immutable map of copies
   */
  public Map<String, JsonNode> unknownFields() {
    return Copies.trees(unknownFields);
  }
}
