package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.List;
import java.util.Map;

/**
 * A user pool identity provider ({@code IdentityProviderType}). {@code toString()} masks the
 * provider details (they hold the OIDC client secret).
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param providerName JSON member {@code providerName}
 * @param providerType JSON member {@code providerType}
 * @param providerDetails JSON member {@code providerDetails}
 * @param attributeMapping JSON member {@code attributeMapping}
 * @param idpIdentifiers JSON member {@code idpIdentifiers}
 * @param lastModifiedDate JSON member {@code lastModifiedDate}
 * @param creationDate JSON member {@code creationDate}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record IdentityProvider(
    String userPoolId,
    String providerName,
    String providerType,
    Redactable<Map<String, String>> providerDetails,
    Map<String, String> attributeMapping,
    List<String> idpIdentifiers,
    String lastModifiedDate,
    String creationDate,
    Map<String, JsonNode> unknownFields) {

  /** Creates the record, copying collections so that it is immutable. */
  public IdentityProvider {
    attributeMapping = Copies.nonNullStringMap(attributeMapping);
    idpIdentifiers = Copies.nonNullList(idpIdentifiers);
    unknownFields = Copies.trees(unknownFields);
  }

  static IdentityProvider read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    String lastModifiedDate = r.text("lastModifiedDate");
    String creationDate = r.text("creationDate");
    CreateIdentityProviderRequest c = CreateIdentityProviderRequest.read(r);
    return new IdentityProvider(
        c.userPoolId(),
        c.providerName(),
        c.providerType(),
        c.providerDetails(),
        c.attributeMapping(),
        c.idpIdentifiers(),
        lastModifiedDate,
        creationDate,
        c.unknownFields());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    CreateIdentityProviderRequest c =
        new CreateIdentityProviderRequest(
            userPoolId,
            providerName,
            providerType,
            providerDetails,
            attributeMapping,
            idpIdentifiers,
            null);
    return c.writeMembers(JsonObjectWriter.create())
        .string("lastModifiedDate", lastModifiedDate)
        .string("creationDate", creationDate)
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
    return Redaction.of("IdentityProvider")
        .field("userPoolId", userPoolId)
        .field("providerName", providerName)
        .field("providerType", providerType)
        .secret("providerDetails", providerDetails)
        .field("attributeMapping", attributeMapping)
        .field("idpIdentifiers", idpIdentifiers)
        .field("lastModifiedDate", lastModifiedDate)
        .field("creationDate", creationDate)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
