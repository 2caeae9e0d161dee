package io.github.cognitoevents.model.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.FieldReader;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.JsonSupport;
import io.github.cognitoevents.model.internal.Redactables;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.List;
import java.util.Map;

/**
 * An app client ({@code UserPoolClientType}), as returned by {@code CreateUserPoolClient} and
 * {@code UpdateUserPoolClient}. {@code toString()} masks the client secret. Dates are kept as the
 * text CloudTrail sends.
 *
 * @param userPoolId JSON member {@code userPoolId}
 * @param clientName JSON member {@code clientName}
 * @param clientId JSON member {@code clientId}
 * @param clientSecret JSON member {@code clientSecret}
 * @param lastModifiedDate JSON member {@code lastModifiedDate}
 * @param creationDate JSON member {@code creationDate}
 * @param refreshTokenValidity JSON member {@code refreshTokenValidity}
 * @param accessTokenValidity JSON member {@code accessTokenValidity}
 * @param idTokenValidity JSON member {@code idTokenValidity}
 * @param tokenValidityUnits JSON member {@code tokenValidityUnits}
 * @param readAttributes JSON member {@code readAttributes}
 * @param writeAttributes JSON member {@code writeAttributes}
 * @param explicitAuthFlows JSON member {@code explicitAuthFlows}
 * @param supportedIdentityProviders JSON member {@code supportedIdentityProviders}
 * @param callbackUrls JSON member {@code callbackURLs}
 * @param logoutUrls JSON member {@code logoutURLs}
 * @param defaultRedirectUri JSON member {@code defaultRedirectURI}
 * @param allowedOAuthFlows JSON member {@code allowedOAuthFlows}
 * @param allowedOAuthScopes JSON member {@code allowedOAuthScopes}
 * @param allowedOAuthFlowsUserPoolClient JSON member {@code allowedOAuthFlowsUserPoolClient}
 * @param analyticsConfiguration JSON member {@code analyticsConfiguration}
 * @param preventUserExistenceErrors JSON member {@code preventUserExistenceErrors}
 * @param enableTokenRevocation JSON member {@code enableTokenRevocation}
 * @param enablePropagateAdditionalUserContextData JSON member {@code
 *     enablePropagateAdditionalUserContextData}
 * @param authSessionValidity JSON member {@code authSessionValidity}
 * @param refreshTokenRotation JSON member {@code refreshTokenRotation}
 * @param unknownFields members not modelled above, explicit JSON nulls and values kept in their
 *     original JSON form; written back unchanged by {@link #toJson()}
 */
public record UserPoolClient(
    String userPoolId,
    String clientName,
    String clientId,
    Redactable<String> clientSecret,
    String lastModifiedDate,
    String creationDate,
    Integer refreshTokenValidity,
    Integer accessTokenValidity,
    Integer idTokenValidity,
    TokenValidityUnits tokenValidityUnits,
    List<String> readAttributes,
    List<String> writeAttributes,
    List<String> explicitAuthFlows,
    List<String> supportedIdentityProviders,
    List<String> callbackUrls,
    List<String> logoutUrls,
    String defaultRedirectUri,
    List<String> allowedOAuthFlows,
    List<String> allowedOAuthScopes,
    Boolean allowedOAuthFlowsUserPoolClient,
    AnalyticsConfiguration analyticsConfiguration,
    String preventUserExistenceErrors,
    Boolean enableTokenRevocation,
    Boolean enablePropagateAdditionalUserContextData,
    Integer authSessionValidity,
    RefreshTokenRotation refreshTokenRotation,
    Map<String, JsonNode> unknownFields)
    implements UserPoolClientSettings {

  /** Creates the record, copying collections so that it is immutable. */
  public UserPoolClient {
    readAttributes = Copies.nonNullList(readAttributes);
    writeAttributes = Copies.nonNullList(writeAttributes);
    explicitAuthFlows = Copies.nonNullList(explicitAuthFlows);
    supportedIdentityProviders = Copies.nonNullList(supportedIdentityProviders);
    callbackUrls = Copies.nonNullList(callbackUrls);
    logoutUrls = Copies.nonNullList(logoutUrls);
    allowedOAuthFlows = Copies.nonNullList(allowedOAuthFlows);
    allowedOAuthScopes = Copies.nonNullList(allowedOAuthScopes);
    unknownFields = Copies.trees(unknownFields);
  }

  static UserPoolClient read(JsonNode json, String pointer) {
    FieldReader r = FieldReader.of(json, pointer);
    return new UserPoolClient(
        r.string("userPoolId"),
        r.string("clientName"),
        r.string("clientId"),
        r.redactable("clientSecret", (n, p) -> JsonSupport.text(n, p, "clientSecret")),
        r.text("lastModifiedDate"),
        r.text("creationDate"),
        r.int32("refreshTokenValidity"),
        r.int32("accessTokenValidity"),
        r.int32("idTokenValidity"),
        r.object("tokenValidityUnits", TokenValidityUnits::read),
        r.strings("readAttributes"),
        r.strings("writeAttributes"),
        r.strings("explicitAuthFlows"),
        r.strings("supportedIdentityProviders"),
        r.strings("callbackURLs"),
        r.strings("logoutURLs"),
        r.string("defaultRedirectURI"),
        r.strings("allowedOAuthFlows"),
        r.strings("allowedOAuthScopes"),
        r.bool("allowedOAuthFlowsUserPoolClient"),
        r.object("analyticsConfiguration", AnalyticsConfiguration::read),
        r.string("preventUserExistenceErrors"),
        r.bool("enableTokenRevocation"),
        r.bool("enablePropagateAdditionalUserContextData"),
        r.int32("authSessionValidity"),
        r.object("refreshTokenRotation", RefreshTokenRotation::read),
        r.unknown());
  }

  /**
   * This value as JSON, in the form it was read (unknown fields included).
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return UserPoolClientSettings.write(
            this,
            JsonObjectWriter.create()
                .string("userPoolId", userPoolId)
                .string("clientName", clientName)
                .string("clientId", clientId)
                .object(
                    "clientSecret",
                    clientSecret,
                    x -> Redactables.write(x, JsonSupport.NODES::textNode))
                .string("lastModifiedDate", lastModifiedDate)
                .string("creationDate", creationDate))
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
   * {@code explicitAuthFlows} as enums, in order.
   *
   * @return the constants ({@link ExplicitAuthFlow#UNKNOWN} for values this library does not know),
   *     or {@code null} when absent
   */
  public List<ExplicitAuthFlow> explicitAuthFlowsEnums() {
    return explicitAuthFlows == null
        ? null
        : explicitAuthFlows.stream().map(ExplicitAuthFlow::fromValue).toList();
  }

  /**
   * {@code allowedOAuthFlows} as enums, in order.
   *
   * @return the constants ({@link OAuthFlow#UNKNOWN} for values this library does not know), or
   *     {@code null} when absent
   */
  public List<OAuthFlow> allowedOAuthFlowsEnums() {
    return allowedOAuthFlows == null
        ? null
        : allowedOAuthFlows.stream().map(OAuthFlow::fromValue).toList();
  }

  /** Like the default record {@code toString()}, with secrets masked. */
  @Override
  public String toString() {
    return Redaction.of("UserPoolClient")
        .field("userPoolId", userPoolId)
        .field("clientName", clientName)
        .field("clientId", clientId)
        .secret("clientSecret", clientSecret)
        .field("lastModifiedDate", lastModifiedDate)
        .field("creationDate", creationDate)
        .field("refreshTokenValidity", refreshTokenValidity)
        .field("accessTokenValidity", accessTokenValidity)
        .field("idTokenValidity", idTokenValidity)
        .field("tokenValidityUnits", tokenValidityUnits)
        .field("readAttributes", readAttributes)
        .field("writeAttributes", writeAttributes)
        .field("explicitAuthFlows", explicitAuthFlows)
        .field("supportedIdentityProviders", supportedIdentityProviders)
        .field("callbackUrls", callbackUrls)
        .field("logoutUrls", logoutUrls)
        .field("defaultRedirectUri", defaultRedirectUri)
        .field("allowedOAuthFlows", allowedOAuthFlows)
        .field("allowedOAuthScopes", allowedOAuthScopes)
        .field("allowedOAuthFlowsUserPoolClient", allowedOAuthFlowsUserPoolClient)
        .field("analyticsConfiguration", analyticsConfiguration)
        .field("preventUserExistenceErrors", preventUserExistenceErrors)
        .field("enableTokenRevocation", enableTokenRevocation)
        .field("enablePropagateAdditionalUserContextData", enablePropagateAdditionalUserContextData)
        .field("authSessionValidity", authSessionValidity)
        .field("refreshTokenRotation", refreshTokenRotation)
        .field("unknownFields", unknownFields.keySet())
        .toString();
  }
}
