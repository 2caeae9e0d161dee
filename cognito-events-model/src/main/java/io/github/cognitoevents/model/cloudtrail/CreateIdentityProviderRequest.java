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
 * The {@code requestParameters} of {@code CreateIdentityProvider}. {@code toString()} masks the
 * provider details.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param providerName JSON member {@code providerName}
 * @param providerType JSON member {@code providerType}
 * @param providerDetails JSON member {@code providerDetails}
 * @param attributeMapping JSON member {@code attributeMapping}
 * @param idpIdentifiers JSON member {@code idpIdentifiers}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record CreateIdentityProviderRequest(
    String userPoolId,
    String providerName,
    String providerType,
    Redactable<Map<String, String>> providerDetails,
    Map<String, String> attributeMapping,
    List<String> idpIdentifiers,
    Map<String, JsonNode> unknownFields)
    implements RequestParameters {

  /** Creates the record, copying collections so that it is immutable. */
  public CreateIdentityProviderRequest {
    attributeMapping = Copies.nonNullStringMap(attributeMapping);
    idpIdentifiers = Copies.nonNullList(idpIdentifiers);
    unknownFields = Copies.trees(unknownFields);
  }

  static CreateIdentityProviderRequest read(JsonNode json, String pointer) {
    return read(FieldReader.of(json, pointer));
  }

  /** Reads the members of this shape from {@code r}; the members nobody read are unknown. */
  static CreateIdentityProviderRequest read(FieldReader r) {
    return new CreateIdentityProviderRequest(
        r.string("userPoolId"),
        r.string("providerName"),
        r.string("providerType"),
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
    return writeMembers(JsonObjectWriter.create()).finish(unknownFields);
  }

  /**
   * Writes the members of this shape (not the unknown fields) to {@code w}; {@link
   * IdentityProvider} adds to them.
   */
  JsonObjectWriter writeMembers(JsonObjectWriter w) {
    return w.string("userPoolId", userPoolId)
        .string("providerName", providerName)
        .string("providerType", providerType)
        .object(
            "providerDetails", providerDetails, x -> Redactables.write(x, JsonValues::ofStringMap))
        .stringMap("attributeMapping", attributeMapping)
        .stringList("idpIdentifiers", idpIdentifiers);
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
   * {@code providerType} as an enum.
   *
   * @return the constant, {@link IdentityProviderType#UNKNOWN} for a value this library does not
   *     know, or {@code null} when absent
   */
  public IdentityProviderType providerTypeEnum() {
    return providerType == null ? null : IdentityProviderType.fromValue(providerType);
  }

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("CreateIdentityProviderRequest")
        .field("userPoolId", userPoolId)
        .field("providerName", providerName)
        .field("providerType", providerType)
        .secret("providerDetails", providerDetails)
        .field("attributeMapping", attributeMapping)
        .field("idpIdentifiers", idpIdentifiers)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
