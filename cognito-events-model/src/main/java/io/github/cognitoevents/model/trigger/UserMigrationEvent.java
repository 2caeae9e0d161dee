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
 * The UserMigration trigger ({@code UserMigration_Authentication}, {@code
 * UserMigration_ForgotPassword}): looks the user up in a legacy store and returns the attributes to
 * create them with. The entered user name is {@link #userName()}; the request has the password only
 * for {@code _Authentication}, and {@code toString()} never prints it.
 *
 * <pre>{@code
 * event.withResponse(UserMigrationEvent.Response.builder()
 *     .userAttribute("email", legacy.email())
 *     .userAttribute("email_verified", "true")
 *     .finalUserStatus(UserMigrationEvent.FinalUserStatus.CONFIRMED)
 *     .messageAction(UserMigrationEvent.MessageAction.SUPPRESS)
 *     .build());
 * }</pre>
 *
 * @param header the shared envelope
 * @param request the request; may be null when absent
 * @param response the response; may be null when absent
 */
public record UserMigrationEvent(TriggerHeader header, Request request, Response response)
    implements TriggerEvent {

  /** Checks the header is present. */
  public UserMigrationEvent {
    Objects.requireNonNull(header, "header");
  }

  /**
   * A copy with another response.
   *
   * @param response the response
   * @return the copy
   */
  public UserMigrationEvent withResponse(Response response) {
    return new UserMigrationEvent(header, request, response);
  }

  static final Shape<UserMigrationEvent> SHAPE =
      Shape.of(
          UserMigrationEvent.class,
          Kinds.record(() -> Request.CODEC),
          UserMigrationEvent::request,
          Kinds.record(() -> Response.CODEC),
          UserMigrationEvent::response,
          UserMigrationEvent::new);

  static final RecordCodec<UserMigrationEvent> CODEC = SHAPE.codec();

  @Override
  public String toString() {
    return CODEC.toString(this);
  }

  @Override
  public ObjectNode toJson() {
    return CODEC.toJson(this);
  }

  /** The documented {@code finalUserStatus} values. */
  public enum FinalUserStatus {
    /** The user can sign in with the migrated password. */
    CONFIRMED,
    /** The user must reset the password (Cognito's default). */
    RESET_REQUIRED,
    /** Any other value. */
    UNKNOWN;

    /**
     * The constant for a raw value.
     *
     * @param value the raw value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} when not documented
     */
    public static FinalUserStatus of(String value) {
      return CONFIRMED.name().equals(value)
          ? CONFIRMED
          : RESET_REQUIRED.name().equals(value) ? RESET_REQUIRED : UNKNOWN;
    }
  }

  /** The documented {@code messageAction} values. */
  public enum MessageAction {
    /** Do not send the welcome message. */
    SUPPRESS,
    /** Send the welcome message again. */
    RESEND,
    /** Any other value. */
    UNKNOWN;

    /**
     * The constant for a raw value.
     *
     * @param value the raw value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} when not documented
     */
    public static MessageAction of(String value) {
      return SUPPRESS.name().equals(value)
          ? SUPPRESS
          : RESEND.name().equals(value) ? RESEND : UNKNOWN;
    }
  }

  /** The documented {@code desiredDeliveryMediums} values. */
  public enum DeliveryMedium {
    /** Email. */
    EMAIL,
    /** SMS text message. */
    SMS,
    /** Any other value. */
    UNKNOWN;

    /**
     * The constant for a raw value.
     *
     * @param value the raw value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} when not documented
     */
    public static DeliveryMedium of(String value) {
      return EMAIL.name().equals(value) ? EMAIL : SMS.name().equals(value) ? SMS : UNKNOWN;
    }
  }

  /**
   * The UserMigration request. Cognito documents no {@code userAttributes} and no {@code userName}
   * here; samples written for other libraries' models carry them, and they are kept in {@code
   * unknownFields}.
   *
   * @param password the password entered (secret; absent for {@code _ForgotPassword}); may be null
   * @param validationData the {@code ValidationData} of the call; may be null
   * @param clientMetadata the {@code ClientMetadata} of the call; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Request(
      String password,
      Map<String, String> validationData,
      Map<String, String> clientMetadata,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps. */
    public Request {
      validationData = Frozen.of(validationData);
      clientMetadata = Frozen.of(clientMetadata);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Request> CODEC =
        RecordCodec.builder(Request.class)
            .field("password", Kinds.STRING, Sensitivity.SECRET, Request::password)
            .field(
                "validationData",
                Kinds.map(Kinds.STRING),
                Sensitivity.SECRET,
                Request::validationData)
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
   * The UserMigration response. Members are boxed: Cognito sends them as JSON null.
   *
   * @param userAttributes the attributes to create the user with (required on success)
   * @param finalUserStatus {@code CONFIRMED} or {@code RESET_REQUIRED}; may be null
   * @param messageAction {@code SUPPRESS} (or {@code RESEND}); may be null
   * @param desiredDeliveryMediums {@code EMAIL} and/or {@code SMS}; may be null
   * @param forceAliasCreation move an alias already used by another user; may be null
   * @param enableSMSMFA turn on SMS MFA for the user; may be null
   * @param unknownFields members not modelled, kept verbatim (see {@link TriggerHeader})
   */
  public record Response(
      Map<String, String> userAttributes,
      String finalUserStatus,
      String messageAction,
      List<String> desiredDeliveryMediums,
      Boolean forceAliasCreation,
      Boolean enableSMSMFA,
      Map<String, JsonNode> unknownFields) {

    /** Copies the maps and lists. */
    public Response {
      userAttributes = Frozen.of(userAttributes);
      desiredDeliveryMediums = Frozen.of(desiredDeliveryMediums);
      unknownFields = Frozen.unknown(unknownFields);
    }

    static final RecordCodec<Response> CODEC =
        RecordCodec.builder(Response.class)
            .field(
                "userAttributes",
                Kinds.map(Kinds.STRING),
                Sensitivity.PERSONAL,
                Response::userAttributes)
            .field("finalUserStatus", Kinds.STRING, Response::finalUserStatus)
            .field("messageAction", Kinds.STRING, Response::messageAction)
            .field(
                "desiredDeliveryMediums",
                Kinds.list(Kinds.STRING),
                Response::desiredDeliveryMediums)
            .field("forceAliasCreation", Kinds.BOOLEAN, Response::forceAliasCreation)
            .field("enableSMSMFA", Kinds.BOOLEAN, Response::enableSMSMFA)
            .unknownFields(Response::unknownFields)
            .build(
                v ->
                    new Response(
                        v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.unknown()));

    @Override
    public String toString() {
      return CODEC.toString(this);
    }

    /**
     * The typed final user status.
     *
     * @return the constant, {@link FinalUserStatus#UNKNOWN} when undocumented or null
     */
    public FinalUserStatus finalUserStatusType() {
      return FinalUserStatus.of(finalUserStatus);
    }

    /**
     * The typed message action.
     *
     * @return the constant, {@link MessageAction#UNKNOWN} when undocumented or null
     */
    public MessageAction messageActionType() {
      return MessageAction.of(messageAction);
    }

    /**
     * The typed delivery mediums.
     *
     * @return the constants, empty when none
     */
    public List<DeliveryMedium> deliveryMediums() {
      if (desiredDeliveryMediums == null) {
        return List.of();
      }
      List<DeliveryMedium> list = new ArrayList<>();
      desiredDeliveryMediums.forEach(m -> list.add(DeliveryMedium.of(m)));
      return List.copyOf(list);
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

    /** Builds a UserMigration response; members never set are left out of the JSON. */
    @CanIgnoreReturnValue // mutable: the setters return this builder for chaining
    public static final class Builder {
      private Map<String, String> userAttributes;
      private String finalUserStatus;
      private String messageAction;
      private List<String> mediums;
      private Boolean forceAliasCreation;
      private Boolean enableSMSMFA;

      private Builder() {}

      /**
       * Adds a user attribute.
       *
       * @param name the attribute name, e.g. {@code email}
       * @param value the value
       * @return this builder
       */
      public Builder userAttribute(String name, String value) {
        if (userAttributes == null) {
          userAttributes = new LinkedHashMap<>();
        }
        userAttributes.put(Objects.requireNonNull(name, "name"), value);
        return this;
      }

      /**
       * Sets the final user status.
       *
       * @param status the status
       * @return this builder
       */
      public Builder finalUserStatus(FinalUserStatus status) {
        this.finalUserStatus = status == null ? null : status.name();
        return this;
      }

      /**
       * Sets the message action.
       *
       * @param action the action
       * @return this builder
       */
      public Builder messageAction(MessageAction action) {
        this.messageAction = action == null ? null : action.name();
        return this;
      }

      /**
       * Adds a delivery medium.
       *
       * @param medium the medium
       * @return this builder
       */
      public Builder desiredDeliveryMedium(DeliveryMedium medium) {
        if (mediums == null) {
          mediums = new ArrayList<>();
        }
        mediums.add(Objects.requireNonNull(medium, "medium").name());
        return this;
      }

      /**
       * Sets {@code forceAliasCreation}.
       *
       * @param value the flag
       * @return this builder
       */
      public Builder forceAliasCreation(boolean value) {
        this.forceAliasCreation = value;
        return this;
      }

      /**
       * Sets {@code enableSMSMFA}.
       *
       * @param value the flag
       * @return this builder
       */
      public Builder enableSMSMFA(boolean value) {
        this.enableSMSMFA = value;
        return this;
      }

      /**
       * The response.
       *
       * @return the response
       */
      @CheckReturnValue
      public Response build() {
        return new Response(
            userAttributes,
            finalUserStatus,
            messageAction,
            mediums,
            forceAliasCreation,
            enableSMSMFA,
            Map.of());
      }
    }
  }
}
