package io.github.cognitoevents.model.cloudtrail;

import io.github.cognitoevents.model.internal.JsonObjectWriter;
import java.util.List;

/**
 * The client settings that {@link UserPoolClient}, {@link CreateUserPoolClientRequest} and {@link
 * UpdateUserPoolClientRequest} share (the AWS {@code UserPoolClientType} members from {@code
 * refreshTokenValidity} on), implemented by their record accessors so that the members are written
 * in one place.
 */
interface UserPoolClientSettings {

  Integer refreshTokenValidity();

  Integer accessTokenValidity();

  Integer idTokenValidity();

  TokenValidityUnits tokenValidityUnits();

  List<String> readAttributes();

  List<String> writeAttributes();

  List<String> explicitAuthFlows();

  List<String> supportedIdentityProviders();

  List<String> callbackUrls();

  List<String> logoutUrls();

  String defaultRedirectUri();

  List<String> allowedOAuthFlows();

  List<String> allowedOAuthScopes();

  Boolean allowedOAuthFlowsUserPoolClient();

  AnalyticsConfiguration analyticsConfiguration();

  String preventUserExistenceErrors();

  Boolean enableTokenRevocation();

  Boolean enablePropagateAdditionalUserContextData();

  Integer authSessionValidity();

  RefreshTokenRotation refreshTokenRotation();

  /** Writes the shared members of {@code c}, in the AWS order, to {@code w}. */
  static JsonObjectWriter write(UserPoolClientSettings c, JsonObjectWriter w) {
    return w.integer("refreshTokenValidity", c.refreshTokenValidity())
        .integer("accessTokenValidity", c.accessTokenValidity())
        .integer("idTokenValidity", c.idTokenValidity())
        .object("tokenValidityUnits", c.tokenValidityUnits(), TokenValidityUnits::toJson)
        .stringList("readAttributes", c.readAttributes())
        .stringList("writeAttributes", c.writeAttributes())
        .stringList("explicitAuthFlows", c.explicitAuthFlows())
        .stringList("supportedIdentityProviders", c.supportedIdentityProviders())
        .stringList("callbackURLs", c.callbackUrls())
        .stringList("logoutURLs", c.logoutUrls())
        .string("defaultRedirectURI", c.defaultRedirectUri())
        .stringList("allowedOAuthFlows", c.allowedOAuthFlows())
        .stringList("allowedOAuthScopes", c.allowedOAuthScopes())
        .bool("allowedOAuthFlowsUserPoolClient", c.allowedOAuthFlowsUserPoolClient())
        .object(
            "analyticsConfiguration", c.analyticsConfiguration(), AnalyticsConfiguration::toJson)
        .string("preventUserExistenceErrors", c.preventUserExistenceErrors())
        .bool("enableTokenRevocation", c.enableTokenRevocation())
        .bool(
            "enablePropagateAdditionalUserContextData",
            c.enablePropagateAdditionalUserContextData())
        .integer("authSessionValidity", c.authSessionValidity())
        .object("refreshTokenRotation", c.refreshTokenRotation(), RefreshTokenRotation::toJson);
  }
}
