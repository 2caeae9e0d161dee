package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
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
      Shape.of(
          InboundFederationEvent.class,
          Kinds.record(() -> Request.CODEC),
          InboundFederationEvent::request,
          Kinds.record(() -> Response.CODEC),
          InboundFederationEvent::response,
          InboundFederationEvent::new);

  static final RecordCodec<InboundFederationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
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
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Request> CODEC =
        RecordCodec.builder(Request.class)
            .field("providerName", Kinds.STRING, Request::providerName)
            .field("providerType", Kinds.STRING, Request::providerType)
            .field(
                "attributes", Kinds.record(() -> FederationAttributes.CODEC), Request::attributes)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * The typed provider type.
     *
     * @return the constant, {@link ProviderType#UNKNOWN} when undocumented or null
     */
    public ProviderType provider() {
      return ProviderType.of(providerType);
    }

    /**
     * This request as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
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
      tokenResponse = Frozen.of(tokenResponse);
      idToken = Frozen.of(idToken);
      userInfo = Frozen.of(userInfo);
      samlResponse = Frozen.of(samlResponse);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<FederationAttributes> CODEC =
        RecordCodec.builder(FederationAttributes.class)
            .field(
                "tokenResponse",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                FederationAttributes::tokenResponse)
            .field(
                "idToken",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                FederationAttributes::idToken)
            .field(
                "userInfo",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                FederationAttributes::userInfo)
            .field(
                "samlResponse",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                FederationAttributes::samlResponse)
            .unknownFields(FederationAttributes::unknownFields)
            .build(
                v -> new FederationAttributes(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * These attributes as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
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
      userAttributesToMap = Frozen.of(userAttributesToMap);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field(
                "userAttributesToMap",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                Response::userAttributesToMap)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
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

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }
  }
}
