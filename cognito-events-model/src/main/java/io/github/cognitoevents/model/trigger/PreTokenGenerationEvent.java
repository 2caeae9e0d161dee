package io.github.cognitoevents.model.trigger;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The PreTokenGeneration trigger, event version 1 ({@code LambdaVersion V1_0}): adds, overrides or
 * suppresses ID-token claims (string values only) and overrides groups. For versions 2 and 3 see
 * {@link PreTokenGenerationV2Event}.
 *
 * <pre>{@code
 * event.withResponse(PreTokenGenerationEvent.Response.builder()
 *     .claimToAddOrOverride("tenant", "acme")
 *     .claimToSuppress("email")
 *     .groupOverrideDetails(event.request().groupConfiguration())
 *     .build());
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record PreTokenGenerationEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public PreTokenGenerationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public PreTokenGenerationEvent withResponse(Response response) {
    return new PreTokenGenerationEvent(header, request, response);
  }

  static final Shape<PreTokenGenerationEvent> SHAPE =
      Shape.of(
          PreTokenGenerationEvent.class,
          Kinds.record(() -> Request.CODEC),
          PreTokenGenerationEvent::request,
          Kinds.record(() -> Response.CODEC),
          PreTokenGenerationEvent::response,
          PreTokenGenerationEvent::new);

  static final RecordCodec<PreTokenGenerationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /**
   * The version 1 request.
   *
   * @param userAttributes the attributes of the user
   * @param groupConfiguration the user's groups and roles
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      Map<String, String> userAttributes,
      GroupConfiguration groupConfiguration,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Request {
      userAttributes = Frozen.of(userAttributes);
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
            .field(
                "clientMetadata",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::clientMetadata)
            .unknownFields(Request::unknownFields)
            .build(v -> new Request(v.get(0), v.get(1), v.get(2), v.unknown()));

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
   * The version 1 response.
   *
   * @param claimsOverrideDetails the overrides; may be null (Cognito sends null)
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      ClaimsOverrideDetails claimsOverrideDetails, Map<String, JsonNode> unknownFields) {

    /** Copies the unknown fields. */
    public Response {
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field(
                "claimsOverrideDetails",
                Kinds.record(() -> ClaimsOverrideDetails.CODEC),
                Response::claimsOverrideDetails)
            .unknownFields(Response::unknownFields)
            .build(v -> new Response(v.get(0), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * A response with the given overrides.
     *
     * @param claimsOverrideDetails the overrides
     * @return the response
     */
    public static Response of(ClaimsOverrideDetails claimsOverrideDetails) {
      return new Response(claimsOverrideDetails, Map.of());
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

    /** Builds a version 1 response; members never set are left out of the JSON. */
    @CanIgnoreReturnValue // mutable: the setters return this builder for chaining
    public static final class Builder {
      private Map<String, String> claims;
      private List<String> suppress;
      private GroupConfiguration groups;

      private Builder() {}

      /**
       * Adds or overrides an ID-token claim.
       *
       * @param name the claim name
       * @param value the value (version 1 accepts text only)
       * @return this builder
       */
      public Builder claimToAddOrOverride(String name, String value) {
        if (claims == null) {
          claims = new LinkedHashMap<>();
        }
        claims.put(Objects.requireNonNull(name, "name"), value);
        return this;
      }

      /**
       * Suppresses an ID-token claim.
       *
       * @param name the claim name
       * @return this builder
       */
      public Builder claimToSuppress(String name) {
        if (suppress == null) {
          suppress = new ArrayList<>();
        }
        suppress.add(Objects.requireNonNull(name, "name"));
        return this;
      }

      /**
       * Replaces the groups and roles. To keep the user's groups, pass {@code
       * request.groupConfiguration()}; an empty configuration removes them.
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
        return Response.of(new ClaimsOverrideDetails(claims, suppress, groups, Map.of()));
      }
    }
  }

  /**
   * Version 1 claim overrides.
   *
   * @param claimsToAddOrOverride claims to add or override (text values only); may be null
   * @param claimsToSuppress claims to remove; may be null
   * @param groupOverrideDetails replacement groups; null leaves them out (keeps the user's groups)
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record ClaimsOverrideDetails(
      Map<String, String> claimsToAddOrOverride,
      List<String> claimsToSuppress,
      GroupConfiguration groupOverrideDetails,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and lists. */
    public ClaimsOverrideDetails {
      claimsToAddOrOverride = Frozen.of(claimsToAddOrOverride);
      claimsToSuppress = Frozen.of(claimsToSuppress);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<ClaimsOverrideDetails> CODEC =
        RecordCodec.builder(ClaimsOverrideDetails.class)
            .field(
                "claimsToAddOrOverride",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                ClaimsOverrideDetails::claimsToAddOrOverride)
            .field(
                "claimsToSuppress",
                Kinds.list(Kinds.STRING),
                ClaimsOverrideDetails::claimsToSuppress)
            .field(
                "groupOverrideDetails",
                Kinds.record(() -> GroupConfiguration.CODEC),
                ClaimsOverrideDetails::groupOverrideDetails)
            .unknownFields(ClaimsOverrideDetails::unknownFields)
            .build(v -> new ClaimsOverrideDetails(v.get(0), v.get(1), v.get(2), v.unknown()));

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
}
