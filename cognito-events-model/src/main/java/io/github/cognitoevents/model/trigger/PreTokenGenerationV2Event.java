package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CanIgnoreReturnValue;
import io.github.cognitoevents.model.CheckReturnValue;
import io.github.cognitoevents.model.internal.codec.Frozen;
import io.github.cognitoevents.model.internal.codec.Kinds;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.internal.codec.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The PreTokenGeneration trigger, event versions 2 and 3 ({@code LambdaVersion V2_0} and {@code
 * V3_0}): customises ID- and access-token claims (any JSON value) and access-token scopes. Version
 * 3 has the same shape and is also sent for machine-to-machine grants ({@code
 * TokenGeneration_ClientCredentials}), where {@code userName}, {@code userAttributes} and {@code
 * groupConfiguration} may be missing; {@link #isClientCredentials()} tells them apart.
 *
 * <p>One record serves both versions because their JSON is identical; {@link #version()} keeps the
 * difference.
 *
 * <pre>{@code
 * event.withResponse(PreTokenGenerationV2Event.Response.builder()
 *     .idTokenClaim("tenant", "acme")
 *     .accessTokenClaim("roles", List.of("reader", "writer"))
 *     .accessTokenClaim("level", 3)
 *     .scopeToAdd("orders/read")
 *     .build());
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record PreTokenGenerationV2Event(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PreTokenGenerationV2Event {
    Objects.requireNonNull(header, "header");
  }

  /**
   * Whether this is a machine-to-machine token request ({@code TokenGeneration_ClientCredentials}).
   *
   * @return true for the client-credentials source
   */
  public boolean isClientCredentials() {
    return source() == TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS;
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public PreTokenGenerationV2Event withResponse(Response response) {
    return new PreTokenGenerationV2Event(header, request, response);
  }

  static final Shape<PreTokenGenerationV2Event> SHAPE =
      Shape.of(
          PreTokenGenerationV2Event.class,
          Kinds.record(() -> Request.CODEC),
          PreTokenGenerationV2Event::request,
          Kinds.record(() -> Response.CODEC),
          PreTokenGenerationV2Event::response,
          PreTokenGenerationV2Event::new);

  static final RecordCodec<PreTokenGenerationV2Event> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The version 2/3 request.
   *
   * @param userAttributes the attributes of the user; may be null for client credentials
   * @param groupConfiguration the user's groups and roles; may be null for client credentials
   * @param scopes the access token's scopes; may be null
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      GroupConfiguration groupConfiguration,
      List<String> scopes,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and the scopes. */
    public Request {
      userAttributes = Frozen.of(userAttributes);
      scopes = Frozen.of(scopes);
      clientMetadata = Frozen.of(clientMetadata);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Request> CODEC =
        RecordCodec.builder(Request.class)
            .field(
                "userAttributes",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                Request::userAttributes)
            .field(
                "groupConfiguration",
                Kinds.record(() -> GroupConfiguration.CODEC),
                Request::groupConfiguration)
            .field("scopes", Kinds.list(Kinds.STRING), Request::scopes)
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
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
   * The version 2/3 response.
   *
   * @param claimsAndScopeOverrideDetails the overrides; may be null (Cognito sends null)
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      ClaimsAndScopeOverrideDetails claimsAndScopeOverrideDetails,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field(
                "claimsAndScopeOverrideDetails",
                Kinds.record(() -> ClaimsAndScopeOverrideDetails.CODEC),
                Response::claimsAndScopeOverrideDetails)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * A response with the given overrides.
     *
     * @param details the overrides
     * @return the response
     */
    public static Response of(ClaimsAndScopeOverrideDetails details) {
      return new Response(details, Map.of());
    }

    /**
     * Starts building a response.
     *
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * This response as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }

    /**
     * Builds a version 2/3 response. Only the parts you touch are written: an untouched token
     * section or group override is left out, so Cognito keeps its defaults.
     */
    @CanIgnoreReturnValue // mutable: the setters return this builder for chaining
    public static final class Builder {
      private static final JsonNodeFactory F = JsonNodeFactory.instance;

      private Map<String, JsonNode> idClaims;
      private List<String> idSuppress;
      private Map<String, JsonNode> accessClaims;
      private List<String> accessSuppress;
      private List<String> scopesToAdd;
      private List<String> scopesToSuppress;
      private GroupConfiguration groups;

      private Builder() {}

      /**
       * Adds or overrides an ID-token claim with any JSON value.
       *
       * @param name the claim name
       * @param value the value (string, number, boolean, array or object)
       * @return this builder
       */
      public Builder idTokenClaim(String name, JsonNode value) {
        idClaims = put(idClaims, name, value);
        return this;
      }

      /**
       * Adds or overrides an ID-token claim with a string.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder idTokenClaim(String name, String value) {
        return idTokenClaim(name, F.textNode(value));
      }

      /**
       * Adds or overrides an ID-token claim with a number.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder idTokenClaim(String name, long value) {
        return idTokenClaim(name, number(value));
      }

      /**
       * Adds or overrides an ID-token claim with a boolean.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder idTokenClaim(String name, boolean value) {
        return idTokenClaim(name, F.booleanNode(value));
      }

      /**
       * Adds or overrides an ID-token claim with a list of strings.
       *
       * @param name the claim name
       * @param values the values
       * @return this builder
       */
      public Builder idTokenClaim(String name, List<String> values) {
        return idTokenClaim(name, array(values));
      }

      /**
       * Suppresses an ID-token claim.
       *
       * @param name the claim name
       * @return this builder
       */
      public Builder idTokenClaimToSuppress(String name) {
        idSuppress = add(idSuppress, name);
        return this;
      }

      /**
       * Adds or overrides an access-token claim with any JSON value.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder accessTokenClaim(String name, JsonNode value) {
        accessClaims = put(accessClaims, name, value);
        return this;
      }

      /**
       * Adds or overrides an access-token claim with a string.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder accessTokenClaim(String name, String value) {
        return accessTokenClaim(name, F.textNode(value));
      }

      /**
       * Adds or overrides an access-token claim with a number.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder accessTokenClaim(String name, long value) {
        return accessTokenClaim(name, number(value));
      }

      /**
       * Adds or overrides an access-token claim with a boolean.
       *
       * @param name the claim name
       * @param value the value
       * @return this builder
       */
      public Builder accessTokenClaim(String name, boolean value) {
        return accessTokenClaim(name, F.booleanNode(value));
      }

      /**
       * Adds or overrides an access-token claim with a list of strings.
       *
       * @param name the claim name
       * @param values the values
       * @return this builder
       */
      public Builder accessTokenClaim(String name, List<String> values) {
        return accessTokenClaim(name, array(values));
      }

      /**
       * Suppresses an access-token claim.
       *
       * @param name the claim name
       * @return this builder
       */
      public Builder accessTokenClaimToSuppress(String name) {
        accessSuppress = add(accessSuppress, name);
        return this;
      }

      /**
       * Adds a scope to the access token.
       *
       * @param scope the scope, without blanks
       * @return this builder
       */
      public Builder scopeToAdd(String scope) {
        scopesToAdd = add(scopesToAdd, scope);
        return this;
      }

      /**
       * Removes a scope from the access token.
       *
       * @param scope the scope
       * @return this builder
       */
      public Builder scopeToSuppress(String scope) {
        scopesToSuppress = add(scopesToSuppress, scope);
        return this;
      }

      /**
       * Replaces the groups and roles (see {@link PreTokenGenerationEvent.Response.Builder}).
       *
       * @param groups the override
       * @return this builder
       */
      public Builder groupOverrideDetails(GroupConfiguration groups) {
        this.groups = groups;
        return this;
      }

      /**
       * The response.
       *
       * @return the response
       */
      @CheckReturnValue
      public Response build() {
        IdTokenGeneration id =
            idClaims == null && idSuppress == null
                ? null
                : new IdTokenGeneration(idClaims, idSuppress, Map.of());
        AccessTokenGeneration access =
            accessClaims == null
                    && accessSuppress == null
                    && scopesToAdd == null
                    && scopesToSuppress == null
                ? null
                : new AccessTokenGeneration(
                    accessClaims, accessSuppress, scopesToAdd, scopesToSuppress, Map.of());
        return Response.of(new ClaimsAndScopeOverrideDetails(id, access, groups, Map.of()));
      }

      private static Map<String, JsonNode> put(
          Map<String, JsonNode> map, String name, JsonNode value) {
        Map<String, JsonNode> m = map == null ? new LinkedHashMap<>() : map;
        m.put(Objects.requireNonNull(name, "name"), value == null ? F.nullNode() : value);
        return m;
      }

      private static List<String> add(List<String> list, String value) {
        List<String> l = list == null ? new ArrayList<>() : list;
        l.add(Objects.requireNonNull(value, "value"));
        return l;
      }

      /** An int node when the value fits (as a parser would produce), else a long node. */
      private static JsonNode number(long value) {
        return value == (int) value ? F.numberNode((int) value) : F.numberNode(value);
      }

      private static ArrayNode array(List<String> values) {
        ArrayNode array = F.arrayNode(values.size());
        values.forEach(array::add);
        return array;
      }
    }
  }

  /**
   * Version 2/3 overrides. All members are optional.
   *
   * @param idTokenGeneration ID-token changes; may be null
   * @param accessTokenGeneration access-token changes; may be null
   * @param groupOverrideDetails replacement groups; null leaves them out
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record ClaimsAndScopeOverrideDetails(
      IdTokenGeneration idTokenGeneration,
      AccessTokenGeneration accessTokenGeneration,
      GroupConfiguration groupOverrideDetails,
      Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public ClaimsAndScopeOverrideDetails {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<ClaimsAndScopeOverrideDetails> CODEC =
        RecordCodec.builder(ClaimsAndScopeOverrideDetails.class)
            .field(
                "idTokenGeneration",
                Kinds.record(() -> IdTokenGeneration.CODEC),
                ClaimsAndScopeOverrideDetails::idTokenGeneration)
            .field(
                "accessTokenGeneration",
                Kinds.record(() -> AccessTokenGeneration.CODEC),
                ClaimsAndScopeOverrideDetails::accessTokenGeneration)
            .field(
                "groupOverrideDetails",
                Kinds.record(() -> GroupConfiguration.CODEC),
                ClaimsAndScopeOverrideDetails::groupOverrideDetails)
            .unknownFields(ClaimsAndScopeOverrideDetails::unknownFields)
            .build(
                v -> new ClaimsAndScopeOverrideDetails(v.get(0), v.get(1), v.get(2), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * These overrides as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }
  }

  /**
   * ID-token changes.
   *
   * @param claimsToAddOrOverride claims with any JSON value; may be null
   * @param claimsToSuppress claims to remove; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record IdTokenGeneration(
      Map<String, JsonNode> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and lists. */
    public IdTokenGeneration {
      claimsToAddOrOverride = Frozen.of(claimsToAddOrOverride);
      claimsToSuppress = Frozen.of(claimsToSuppress);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<IdTokenGeneration> CODEC =
        RecordCodec.builder(IdTokenGeneration.class)
            .field(
                "claimsToAddOrOverride",
                Kinds.map(Kinds.JSON),
                Sensitivity.PERSONAL,
                IdTokenGeneration::claimsToAddOrOverride)
            .field(
                "claimsToSuppress", Kinds.list(Kinds.STRING), IdTokenGeneration::claimsToSuppress)
            .unknownFields(IdTokenGeneration::unknownFields)
            .build(v -> new IdTokenGeneration(v.get(0), v.get(1), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * These changes as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }
  }

  /**
   * Access-token changes.
   *
   * @param claimsToAddOrOverride claims with any JSON value; may be null
   * @param claimsToSuppress claims to remove; may be null
   * @param scopesToAdd scopes to add; may be null
   * @param scopesToSuppress scopes to remove; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record AccessTokenGeneration(
      Map<String, JsonNode> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      List<String> scopesToAdd,
      List<String> scopesToSuppress,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and lists. */
    public AccessTokenGeneration {
      claimsToAddOrOverride = Frozen.of(claimsToAddOrOverride);
      claimsToSuppress = Frozen.of(claimsToSuppress);
      scopesToAdd = Frozen.of(scopesToAdd);
      scopesToSuppress = Frozen.of(scopesToSuppress);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<AccessTokenGeneration> CODEC =
        RecordCodec.builder(AccessTokenGeneration.class)
            .field(
                "claimsToAddOrOverride",
                Kinds.map(Kinds.JSON),
                Sensitivity.PERSONAL,
                AccessTokenGeneration::claimsToAddOrOverride)
            .field(
                "claimsToSuppress",
                Kinds.list(Kinds.STRING),
                AccessTokenGeneration::claimsToSuppress)
            .field("scopesToAdd", Kinds.list(Kinds.STRING), AccessTokenGeneration::scopesToAdd)
            .field(
                "scopesToSuppress",
                Kinds.list(Kinds.STRING),
                AccessTokenGeneration::scopesToSuppress)
            .unknownFields(AccessTokenGeneration::unknownFields)
            .build(
                v ->
                    new AccessTokenGeneration(v.get(0), v.get(1), v.get(2), v.get(3), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * These changes as JSON.
     *
     * @return a new object node
     */
    public ObjectNode toJson() {
      return CODEC.toJson(this);
    }
  }
}
