package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.Copies;
import io.github.cognitoevents.model.internal.JsonCursor;
import io.github.cognitoevents.model.internal.JsonObjectWriter;
import io.github.cognitoevents.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The InboundFederation trigger ({@code InboundFederation_ExternalProvider}): runs on every
 * federated sign-in before the user profile is created or updated, and chooses the attributes to
 * keep. An empty {@code userAttributesToMap} keeps the IdP attributes unchanged; a non-empty one
 * keeps only the listed attributes.
 *
 * <pre>{@code
 * Map<String, String> claims = event.request().attributes().idToken();
 * event.withResponse(InboundFederationEvent.Response.of(Map.of("email", claims.get("email"))));
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record InboundFederationEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public InboundFederationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public InboundFederationEvent withResponse(Response response) {
    return new InboundFederationEvent(header, request, response);
  }

  static final Shape<InboundFederationEvent> SHAPE =
      new Shape<>(
          InboundFederationEvent.class,
          c -> c.object(Request::read),
          c -> c.object(Response::read),
          (header, request, response) ->
              new InboundFederationEvent(header, (Request) request, (Response) response));

  @Override
  public ObjectNode toJson() {
    return header
        .writer()
        .object("request", request, Request::toJson)
        .object("response", response, Response::toJson)
        .finish();
  }

  /** The documented identity-provider types of {@code request.providerType}. */
  public enum ProviderType {
    /** {@code OIDC}. */
    OIDC("OIDC"),
    /** {@code SAML}. */
    SAML("SAML"),
    /** {@code Facebook}. */
    FACEBOOK("Facebook"),
    /** {@code Google}. */
    GOOGLE("Google"),
    /** {@code SignInWithApple}. */
    SIGN_IN_WITH_APPLE("SignInWithApple"),
    /** {@code LoginWithAmazon}. */
    LOGIN_WITH_AMAZON("LoginWithAmazon"),
    /** Any other value. */
    UNKNOWN(null);

    private final String value;

    ProviderType(String value) {
      this.value = value;
    }

    /**
     * The exact JSON value.
     *
     * @return the value, {@code null} for {@link #UNKNOWN}
     */
    public String value() {
      return value;
    }

    /**
     * The constant for a raw value (exact match).
     *
     * @param value the raw value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} when not documented
     */
    public static ProviderType of(String value) {
      for (ProviderType t : values()) {
        if (t.value != null && t.value.equals(value)) {
          return t;
        }
      }
      return UNKNOWN;
    }
  }

  /**
   * The InboundFederation request.
   *
   * @param providerName the IdP name configured in the pool
   * @param providerType {@code OIDC}, {@code SAML}, {@code Facebook}, {@code Google}, {@code
   *     SignInWithApple} or {@code LoginWithAmazon}
   * @param attributes what the IdP returned; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      String providerName,
      String providerType,
      FederationAttributes attributes,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Request {
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    /**
     * The typed provider type.
     *
     * @return the constant, {@link ProviderType#UNKNOWN} when undocumented or null
     */
    public ProviderType provider() {
      return ProviderType.of(providerType);
    }

    static Request read(JsonCursor c) {
      String providerName = null;
      String providerType = null;
      FederationAttributes attributes = null;
      while (c.next()) {
        switch (c.name()) {
          case "providerName" -> providerName = c.string();
          case "providerType" -> providerType = c.string();
          case "attributes" -> attributes = c.object(FederationAttributes::read);
          default -> c.keep();
        }
      }
      return new Request(providerName, providerType, attributes, c.rest());
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .string("providerName", providerName)
          .string("providerType", providerType)
          .object("attributes", attributes, FederationAttributes::toJson)
          .finish();
    }
  }

  /**
   * The attributes an identity provider returned. Values that are not text (a numeric {@code exp},
   * a boolean {@code email_verified}) are read as their JSON text and written back unchanged.
   * {@code toString()} prints the token response by key only (it holds access, ID and refresh
   * tokens).
   *
   * @param tokenResponse the OIDC token endpoint response (secret); may be null
   * @param idToken the decoded ID-token claims; may be null
   * @param userInfo the OIDC UserInfo response; may be null
   * @param samlResponse the SAML assertion attributes; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record FederationAttributes(
      Map<String, String> tokenResponse,
      Map<String, String> idToken,
      Map<String, String> userInfo,
      Map<String, String> samlResponse,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public FederationAttributes {
      tokenResponse = Copies.map(tokenResponse);
      idToken = Copies.map(idToken);
      userInfo = Copies.map(userInfo);
      samlResponse = Copies.map(samlResponse);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    static FederationAttributes read(JsonCursor c) {
      Map<String, String> tokenResponse = null;
      Map<String, String> idToken = null;
      Map<String, String> userInfo = null;
      Map<String, String> samlResponse = null;
      while (c.next()) {
        switch (c.name()) {
          case "tokenResponse" -> tokenResponse = c.stringMap();
          case "idToken" -> idToken = c.stringMap();
          case "userInfo" -> userInfo = c.stringMap();
          case "samlResponse" -> samlResponse = c.stringMap();
          default -> c.keep();
        }
      }
      return new FederationAttributes(tokenResponse, idToken, userInfo, samlResponse, c.rest());
    }

    /**
     * These attributes as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("tokenResponse", tokenResponse)
          .stringMap("idToken", idToken)
          .stringMap("userInfo", userInfo)
          .stringMap("samlResponse", samlResponse)
          .finish();
    }

    /** Prints the token response by key only. */
    @Override
    public String toString() {
      return Redaction.of("FederationAttributes")
          .keysOnly("tokenResponse", tokenResponse)
          .field("idToken", idToken)
          .field("userInfo", userInfo)
          .field("samlResponse", samlResponse)
          .unknown(unknownFields)
          .toString();
    }
  }

  /**
   * The InboundFederation response.
   *
   * @param userAttributesToMap the attributes to keep; empty keeps the IdP attributes unchanged
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      Map<String, String> userAttributesToMap, Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Response {
      userAttributesToMap = Copies.map(userAttributesToMap);
      unknownFields = Copies.mapOrEmpty(unknownFields);
    }

    /**
     * A response keeping exactly these attributes.
     *
     * @param userAttributesToMap the attributes
     * @return the response
     */
    public static Response of(Map<String, String> userAttributesToMap) {
      return new Response(new LinkedHashMap<>(userAttributesToMap), Map.of());
    }

    /**
     * A response that keeps the IdP attributes unchanged ({@code {"userAttributesToMap": {}}}).
     *
     * @return the response
     */
    public static Response keepAll() {
      return new Response(Map.of(), Map.of());
    }

    static Response read(JsonCursor c) {
      Map<String, String> userAttributesToMap = null;
      while (c.next()) {
        switch (c.name()) {
          case "userAttributesToMap" -> userAttributesToMap = c.stringMap();
          default -> c.keep();
        }
      }
      return new Response(userAttributesToMap, c.rest());
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return JsonObjectWriter.create(unknownFields)
          .stringMap("userAttributesToMap", userAttributesToMap)
          .finish();
    }
  }
}
