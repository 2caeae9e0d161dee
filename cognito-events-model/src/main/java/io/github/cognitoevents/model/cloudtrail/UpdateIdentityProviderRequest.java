package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonValues;
import io.github.cognitoevents.model.internal.Redactables;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.List;
import java.util.Map;

/**
 * The {@code requestParameters} of {@code UpdateIdentityProvider}. {@code toString()} masks the
 * provider details.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param providerName JSON member {@code providerName}
 * @param providerDetails JSON member {@code providerDetails}
 * @param attributeMapping JSON member {@code attributeMapping}
 * @param idpIdentifiers JSON member {@code idpIdentifiers}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UpdateIdentityProviderRequest(
    String userPoolId,
    String providerName,
    Redactable<Map<String, String>> providerDetails,
    Map<String, String> attributeMapping,
    List<String> idpIdentifiers,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public UpdateIdentityProviderRequest {
    attributeMapping = Copies.nonNullStringMap(attributeMapping);
    idpIdentifiers = Copies.nonNullList(idpIdentifiers);
    unknownFields = Copies.trees(unknownFields);
  }

  static UpdateIdentityProviderRequest read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UpdateIdentityProviderRequest(
        r.string("userPoolId"),
        r.string("providerName"),
        r.redactable("providerDetails", (n, p) -> FieldReader.of(n, p).stringMap()),
        r.stringMap("attributeMapping"),
        r.strings("idpIdentifiers"),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  @Override
  public ObjectNode toJson() {
    return JsonObjectWriter.create()
        .string("userPoolId", userPoolId)
        .string("providerName", providerName)
        .object(
            "providerDetails", providerDetails, x -> Redactables.write(x, JsonValues::ofStringMap))
        .stringMap("attributeMapping", attributeMapping)
        .stringList("idpIdentifiers", idpIdentifiers)
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

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("UpdateIdentityProviderRequest")
        .field("userPoolId", userPoolId)
        .field("providerName", providerName)
        .secret("providerDetails", providerDetails)
        .field("attributeMapping", attributeMapping)
        .field("idpIdentifiers", idpIdentifiers)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
